package dev.rolegraph.role;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of roles with their skills and tools costs the same number of queries whatever its size. */
class BatchLoadingTest extends ApiTest {

	/** Cypher statements run while listing {@code first} roles with skills and tools (SDN logs each one). */
	private int statementsFor(int first) {
		Logger cypher = (Logger) LoggerFactory.getLogger("org.springframework.data.neo4j.cypher");
		Level level = cypher.getLevel();
		ListAppender<ILoggingEvent> statements = new ListAppender<>();
		statements.start();
		cypher.addAppender(statements);
		cypher.setLevel(Level.DEBUG);
		try {
			this.graphQl.document("{ roles(first: " + first + ") { edges { node { id "
					+ "skills { skill { id } citations { source { id } } } tools { tool { id } } } } } }")
				.execute()
				.path("roles.edges")
				.entityList(Object.class)
				.hasSize(first);
			return (int) statements.list.stream().filter(event -> event.getLevel() == Level.DEBUG).count();
		}
		finally {
			cypher.detachAppender(statements);
			cypher.setLevel(level);
		}
	}

	@Test
	void listingAllRolesWithSkillsAndToolsTakesABoundedNumberOfQueries() {
		int few = statementsFor(2);
		int all = statementsFor(21);
		assertThat(few).isPositive().isLessThanOrEqualTo(5);
		assertThat(all).isEqualTo(few);
	}

}
