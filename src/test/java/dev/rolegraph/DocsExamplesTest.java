package dev.rolegraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples in docs/examples, which the README shows: each is a named operation with variables that validates
 * against the live schema (as code generators and graphql-inspector require) and answers exactly what its
 * {@code .json} file says. Run with {@code -Drolegraph.examples.write=true} to write the answers afresh.
 */
class DocsExamplesTest extends ApiTest {

	private static final Path EXAMPLES = Path.of("docs", "examples");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final boolean WRITE = Boolean.getBoolean("rolegraph.examples.write");

	@Autowired
	GraphQlSource source;

	private static List<Path> examples() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter(file -> file.toString().endsWith(".graphql")).sorted().toList();
		}
	}

	private static Path sibling(Path example, String suffix) {
		return example.resolveSibling(example.getFileName().toString().replace(".graphql", suffix));
	}

	@Test
	void everyExampleIsANamedOperationThatValidatesAgainstTheSchema() throws IOException {
		List<Path> examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
		for (Path example : examples) {
			Document document = Parser.parse(Files.readString(example));
			assertThat(document.getDefinitionsOfType(OperationDefinition.class))
				.as(example.toString())
				.allSatisfy(operation -> assertThat(operation.getName()).isNotBlank());
			assertThat(new Validator().validateDocument(this.source.schema(), document, Locale.ENGLISH))
				.as(example.toString())
				.isEmpty();
		}
	}

	@Test
	void everyExampleAnswersWhatTheDocsShow() throws IOException {
		List<String> differences = new ArrayList<>();
		for (Path example : examples()) {
			Map<?, ?> variables = JSON.readValue(sibling(example, ".variables.json").toFile(), Map.class);
			byte[] body = this.http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", Files.readString(example), "variables", variables))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody();
			JsonNode answer = JSON.readTree(body);
			Path expected = sibling(example, ".json");
			if (WRITE) {
				Files.writeString(expected, JSON.writeValueAsString(answer) + "\n");
			}
			else if (!JSON.readTree(expected.toFile()).equals(answer)) {
				differences.add(example + " answered " + answer);
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void everyQueryInTheReadmeIsOneOfTheExamples() throws IOException {
		List<String> examples = new ArrayList<>();
		for (Path example : examples()) {
			examples.add(Files.readString(example).strip());
		}
		Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL)
			.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
		int found = 0;
		while (blocks.find()) {
			found++;
			assertThat(examples).as("README block %d", found).contains(blocks.group(1).strip());
		}
		assertThat(found).isGreaterThanOrEqualTo(5);
	}

}
