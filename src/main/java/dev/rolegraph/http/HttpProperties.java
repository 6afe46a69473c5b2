package dev.rolegraph.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reads over GET, HTTP caching and persisted queries.
 *
 * @param maxAge how long browsers, proxies and CDNs may keep an anonymous answer before revalidating it
 * (ROLEGRAPH_HTTP_MAX_AGE); a revalidation is a 304 while the graph's version is unchanged
 * @param persistedQueries hashed documents kept for automatic persisted queries, least recently used out first
 * (ROLEGRAPH_PERSISTED_QUERIES)
 * @param allowList a folder of {@code .graphql} files (one operation each, as docs/examples): when set, only those
 * documents run, sent whole or by hash, and nothing registers (ROLEGRAPH_ALLOW_LIST)
 */
@ConfigurationProperties("rolegraph.http")
record HttpProperties(Duration maxAge, int persistedQueries, String allowList) {
}
