package dev.rolegraph.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Safety limits; each has a safe default and an environment variable (ROLEGRAPH_LIMITS_...).
 *
 * @param maxQueryDepth deepest nesting of fields a query may have
 * @param maxQueryComplexity total cost of a query's fields (1 each, more for graph searches)
 * @param maxRequestBytes largest request body accepted
 * @param maxResultObjects most objects the lists of one query may produce before it is stopped
 */
@ConfigurationProperties("rolegraph.limits")
public record LimitsProperties(int maxQueryDepth, int maxQueryComplexity, int maxRequestBytes,
		int maxResultObjects) {
}
