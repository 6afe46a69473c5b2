package dev.rolegraph.database;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks the database not to send notifications about labels, relationship types and properties that no node or
 * relationship has yet (a graph without a curator's SAME_AS, an optional property nobody set): they are expected
 * here, and Spring Data Neo4j formats every notification it receives, the whole statement included, on every call
 * (measured: 20 ms of a 25 ms career path question on a graph without SAME_AS).
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return builder -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
