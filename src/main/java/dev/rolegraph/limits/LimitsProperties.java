package dev.rolegraph.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Safety limits; each has a safe default and an environment variable (ROLEGRAPH_MAX_...).
 *
 * @param maxQueryDepth deepest nesting of fields a query may have
 * @param maxQueryComplexity most cost points a request may spend: a point is about 0.2 ms of server time at x1
 * (see {@link FieldCosts}), so 2,500 points are about 500 ms
 * @param maxRequestBytes largest request body accepted
 * @param maxResultObjects most objects the lists of one query may produce before it is stopped
 * @param heavyQueryTime measured time of a request's questions (see {@link FieldCosts}) from which it counts as
 * heavy and needs one of the bulkhead's places
 * @param maxHeavyQueries heavy requests that may run at once; more are refused at once as TOO_BUSY
 * @param requestTimeout how long one request may run, all its questions together; a transaction begun for it gets
 * the time left, and a field due after it answers TIMEOUT without running
 */
@ConfigurationProperties("rolegraph.limits")
public record LimitsProperties(int maxQueryDepth, int maxQueryComplexity, int maxRequestBytes, int maxResultObjects,
		java.time.Duration heavyQueryTime, int maxHeavyQueries, java.time.Duration requestTimeout) {
}
