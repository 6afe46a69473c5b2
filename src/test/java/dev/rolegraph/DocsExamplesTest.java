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
 * The examples in docs/examples, which the README and docs/ show: each is a named operation with variables that
 * validates against the live schema (as code generators and graphql-inspector require) and answers exactly what its
 * {@code .json} file says; every answer shown is its example's, and every link between those pages resolves. Run
 * with {@code -Drolegraph.examples.write=true} to write the answers afresh.
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

	/** The README and every page under docs/: where the examples are shown. */
	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> files = Files.list(Path.of("docs"))) {
			files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

	@Test
	void everyQueryInTheReadmeAndTheDocsIsOneOfTheExamplesAndEveryAnswerShownIsItsOwn() throws IOException {
		Map<String, Path> examples = new java.util.HashMap<>();
		for (Path example : examples()) {
			examples.put(Files.readString(example).strip(), example);
		}
		Pattern blocks = Pattern.compile("```(graphql|json)\\n(.*?)```", Pattern.DOTALL);
		int found = 0;
		for (Path page : pages()) {
			Matcher block = blocks.matcher(Files.readString(page, StandardCharsets.UTF_8));
			Path shown = null;
			while (block.find()) {
				if (block.group(1).equals("graphql")) {
					found++;
					shown = examples.get(block.group(2).strip());
					assertThat(shown).as("%s: a query that is none of docs/examples: %s", page, block.group(2)).isNotNull();
				}
				else if (shown != null) {
					assertThat(JSON.readTree(block.group(2))).as("%s: the answer shown after %s", page, shown)
						.isEqualTo(JSON.readTree(sibling(shown, ".json").toFile()));
					shown = null;
				}
			}
		}
		assertThat(found).isGreaterThanOrEqualTo(examples.size());
	}

	@Test
	void everyRelativeLinkInTheReadmeAndTheDocsResolves() throws IOException {
		Pattern links = Pattern.compile("\\]\\(([^)\\s]+)\\)");
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path page : pages()) {
			String text = Files.readString(page, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "");
			Matcher link = links.matcher(text);
			while (link.find()) {
				String target = link.group(1);
				if (target.matches("[a-z]+:.*")) {
					continue;
				}
				checked++;
				String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
				if (!Files.exists(resolved)) {
					broken.add(page + ": " + target);
				}
				else if (target.contains("#") && !anchors(resolved).contains(target.substring(target.indexOf('#') + 1))) {
					broken.add(page + ": " + target + " (no such heading)");
				}
			}
		}
		assertThat(broken).isEmpty();
		assertThat(checked).isGreaterThanOrEqualTo(10);
	}

	/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens. */
	private static List<String> anchors(Path page) throws IOException {
		return Files.readString(page, StandardCharsets.UTF_8)
			.replaceAll("(?s)```.*?```", "")
			.lines()
			.filter(line -> line.startsWith("#"))
			.map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
			.toList();
	}

}
