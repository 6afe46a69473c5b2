package dev.rolegraph.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j, used only when no external Neo4j URI is configured.
 *
 * @param dataDir where the database files live; survives restarts
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free one
 * @param temporary start on a fresh temporary directory that is deleted at shutdown (tests)
 */
@ConfigurationProperties("rolegraph.embedded")
record EmbeddedNeo4jProperties(String dataDir, int boltPort, boolean temporary) {
}
