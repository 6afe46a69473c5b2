package dev.rolegraph.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j, used only when no external Neo4j URI is configured.
 *
 * @param dataDir where the database files live; survives restarts
 * @param boltAddress the address tools outside the JVM reach Bolt on; loopback unless set otherwise
 * @param boltPort Bolt port for those tools; 0 picks a free one
 * @param password the database password (user {@code neo4j}); empty: generated at first start and kept in
 * {@value EmbeddedNeo4jConfiguration#CREDENTIAL_FILE} in the data directory, readable by its owner only
 * @param temporary start on a fresh temporary directory that is deleted at shutdown (tests)
 */
@ConfigurationProperties("rolegraph.embedded")
record EmbeddedNeo4jProperties(String dataDir, String boltAddress, int boltPort, String password, boolean temporary) {
}
