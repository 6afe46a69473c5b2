package dev.rolegraph.database;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, as the rest of the application does. Its default, the JDK's System.Logger, reports
 * debug as enabled in this application (java.util.logging under Neo4j's and Spring Boot's bridges), so the driver
 * formatted every Bolt message it sent, statement and parameters included, for a log that then dropped it: about 1 %
 * of a role page's CPU in a profile (BENCHMARKS.md, "Issue 24").
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
