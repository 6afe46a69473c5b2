package dev.rolegraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the seed at start
 * @param location where the seed files are ({@code classpath:seed/} is the copy inside the jar)
 * @param force load even when the database already holds a seed with the same content hash
 */
@ConfigurationProperties("rolegraph.seed")
record SeedProperties(boolean enabled, String location, boolean force) {
}
