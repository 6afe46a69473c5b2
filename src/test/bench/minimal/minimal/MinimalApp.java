package minimal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The least a Spring Boot and Spring GraphQL application does to answer rolegraph's role page with rolegraph's own
 * statement (an auto-commit READ run, as rolegraph sends it): no security, limits, observations or look-ahead. It
 * measures the floor of the fixed stack for compare.sh; it is not part of rolegraph.
 */
@SpringBootApplication
public class MinimalApp {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(MinimalApp.class);
		app.setDefaultProperties(Map.of("spring.threads.virtual.enabled", "true", "spring.graphql.schema.locations",
				"classpath:minimal/", "spring.main.banner-mode", "off"));
		app.run(args);
	}

	@Controller
	static class Roles {

		private static final List<String> LISTS = List.of("skills", "responsibilities", "tools", "platforms", "reportsTo",
				"directReports", "collaboratesWith", "nextSteps", "previousSteps", "sameAs");

		private static final String STATEMENT = System.getProperty("statement");

		private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

		private final Driver driver;

		Roles(Driver driver) {
			this.driver = driver;
		}

		@QueryMapping
		Map<String, Object> role(@Argument("id") String id) {
			Map<String, Object> parameters = new HashMap<>();
			LISTS.forEach(list -> parameters.put(list, list.equals("skills") || list.equals("tools")));
			parameters.put("id", id);
			try (Session session = this.driver.session(READ)) {
				var rows = session.run(STATEMENT, parameters).list();
				if (rows.isEmpty()) {
					return null;
				}
				var row = rows.getFirst();
				return Map.of("id", row.get("role").get("id").asString(), "name", row.get("role").get("nameEn").asString(),
						"skills", row.get("skills").asList(link -> Map.of("essential",
								link.get("edge").get("essential").asBoolean(false), "skill", named(link.get("target")))),
						"tools", row.get("tools").asList(link -> Map.of("tool", named(link.get("target")))));
			}
		}

		private static Map<String, Object> named(Value node) {
			return Map.of("id", node.get("id").asString(), "name", node.get("nameEn").asString());
		}

	}

}
