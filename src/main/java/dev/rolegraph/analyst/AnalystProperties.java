package dev.rolegraph.analyst;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the analysts' read-only Cypher endpoint.
 *
 * @param maxRows most rows one query returns (ROLEGRAPH_ANALYST_MAX_ROWS); more are cut and marked truncated
 * @param maxBytes most bytes of values one answer holds (ROLEGRAPH_ANALYST_MAX_BYTES)
 * @param timeout longest a query may run (ROLEGRAPH_ANALYST_TIMEOUT)
 */
@ConfigurationProperties("rolegraph.analyst")
record AnalystProperties(int maxRows, long maxBytes, Duration timeout) {
}
