package dev.rolegraph.limits;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and complexity limits, checked by graphql-java before any field runs, so an over-limit query never
 * reaches the database. Graph searches cost more than plain fields, so an alias bomb of them is refused early.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits {

	/** Extra cost of the fields that search the graph. */
	static final Map<String, Integer> SEARCH_COST = Map.of("careerPaths", 50, "roleNeighborhood", 25,
			"bridgingSkills", 20, "similarRoles", 10, "compareRoles", 10, "skillGap", 10, "matchRoles", 10, "search", 10,
			"skillDemand", 10, "reportingChain", 5);

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxQueryDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(LimitsProperties limits) {
		FieldComplexityCalculator cost = (environment, childComplexity) -> childComplexity + 1
				+ SEARCH_COST.getOrDefault(environment.getField().getName(), 0);
		return new MaxQueryComplexityInstrumentation(limits.maxQueryComplexity(), cost);
	}

}
