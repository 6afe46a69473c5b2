package dev.rolegraph.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rolegraph.ApiTest;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.database.SoleBridges;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an ESCO import (the small fixture folder), every field of the schema answers without an error: no non-null
 * field that an imported occupation, skill or source leaves empty nulls its whole answer. Each question of Query is
 * asked about imported occupations and skills with every field below it selected, three object levels deep (two when
 * the budget refuses three). The import is removed afterwards, so the other tests see the seeded graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryFieldAnswersAfterAnImportTest extends ApiTest {

	@Autowired
	private EscoImport esco;

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private SoleBridges soleBridges;

	@Autowired
	private SimilarMoves moves;

	private Map<String, String> ids;

	@BeforeAll
	void importTheFixture() throws Exception {
		this.esco.run(EscoImportTest.fixture(), "1.2.0");
		List<String> occupations = this.driver.session()
			.run("MATCH (r:Role {origin: $origin}) RETURN r.id AS id ORDER BY id LIMIT 2", Map.of("origin", EscoImport.ORIGIN))
			.list(row -> row.get("id").asString());
		String skill = this.driver.session()
			.run("MATCH (:Role {origin: $origin})-[:REQUIRES]->(s:Skill) RETURN s.id AS id ORDER BY id LIMIT 1",
					Map.of("origin", EscoImport.ORIGIN))
			.single()
			.get("id")
			.asString();
		assertThat(occupations).hasSize(2);
		this.ids = Map.of("a", occupations.get(0), "b", occupations.get(1), "skill", skill);
	}

	@AfterAll
	void removeTheImport() {
		write("MATCH (n) WHERE n.origin = $origin DETACH DELETE n", Map.of("origin", EscoImport.ORIGIN));
		this.soleBridges.countAll();
		this.moves.refreshAll();
	}

	/** The arguments of a question about the imported occupations and skill. */
	private String arguments(GraphQLFieldDefinition question) {
		List<String> given = new ArrayList<>();
		for (GraphQLArgument argument : question.getArguments()) {
			String value = switch (argument.getName()) {
				case "id" -> quote(question.getName().equals("skill") ? this.ids.get("skill") : this.ids.get("a"));
				case "a", "from" -> quote(this.ids.get("a"));
				case "b", "to" -> quote(this.ids.get("b"));
				case "have" -> question.getName().equals("matchRoles") ? "[" + quote(this.ids.get("skill")) + "]" : null;
				case "text" -> quote("manager");
				default -> null;
			};
			if (value != null) {
				given.add(argument.getName() + ": " + value);
			}
		}
		return given.isEmpty() ? "" : given.stream().collect(Collectors.joining(", ", "(", ")"));
	}

	private static String quote(String text) {
		return "\"" + text + "\"";
	}

	/** Every field of {@code type} a client can select without arguments of its own, {@code levels} objects deep. */
	private static String selection(GraphQLSchema schema, GraphQLOutputType type, int levels) {
		GraphQLNamedOutputType named = (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLUnionType union) {
			return union.getTypes()
				.stream()
				.map(member -> "... on " + member.getName() + " " + selection(schema, (GraphQLOutputType) member, levels))
				.collect(Collectors.joining(" ", "{ __typename ", " }"));
		}
		if (!(named instanceof GraphQLObjectType object)) {
			return "";
		}
		List<String> fields = new ArrayList<>();
		for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
			boolean needsArguments = field.getArguments()
				.stream()
				.anyMatch(argument -> argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue());
			GraphQLNamedOutputType below = (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(field.getType());
			boolean leaf = !(below instanceof GraphQLObjectType) && !(below instanceof GraphQLUnionType);
			if (needsArguments || !leaf && levels == 0) {
				continue;
			}
			fields.add(leaf ? field.getName() : field.getName() + " " + selection(schema, field.getType(), levels - 1));
		}
		// An object whose fields are all objects, one level too deep, still needs one field.
		return fields.isEmpty() ? "{ __typename }" : fields.stream().collect(Collectors.joining(" ", "{ ", " }"));
	}

	@Test
	void everyQuestionAboutImportedOccupationsAnswersWithoutAnError() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> failures = new ArrayList<>();
		int asked = 0;
		for (GraphQLFieldDefinition question : schema.getQueryType().getFieldDefinitions()) {
			if (question.getName().equals("changes")) {
				// The curators' audit trail: its own tests sign in.
				continue;
			}
			asked++;
			List<String> errors = new ArrayList<>();
			for (int levels = 3; levels >= 1; levels--) {
				String document = "{ " + question.getName() + arguments(question) + " "
						+ selection(schema, question.getType(), levels) + " }";
				errors.clear();
				this.graphQl.document(document)
					.execute()
					.errors()
					.satisfy(list -> list.forEach(error -> errors.add(error.getMessage())));
				if (errors.stream().noneMatch(error -> error.startsWith("maximum query complexity")
						|| error.startsWith("result too large"))) {
					break;
				}
			}
			if (!errors.isEmpty()) {
				failures.add(question.getName() + ": " + errors);
			}
		}
		assertThat(asked).isGreaterThan(15);
		assertThat(failures).isEmpty();
	}

}
