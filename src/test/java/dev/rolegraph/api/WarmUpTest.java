package dev.rolegraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.rolegraph.ApiTest;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warm-up asks every question, within the limits, and each is answered. */
class WarmUpTest extends ApiTest {

	@Autowired
	private WarmUp warmUp;

	@Test
	void everyQuestionOfTheWarmUpIsAnsweredOnTheSeededGraph() {
		assertThat(this.warmUp.run()).isEqualTo(WarmUp.questions().size());
	}

	@Test
	void theWarmUpAsksEveryRootFieldOfQueryButTheCuratorsAuditTrail() throws IOException {
		String questions = String.join("\n", WarmUp.questions());
		TypeDefinitionRegistry schema = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.toList()) {
				schema.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> roots = new ArrayList<>();
		schema.objectTypeExtensions()
			.getOrDefault("Query", List.of())
			.forEach(extension -> extension.getFieldDefinitions().forEach(definition -> roots.add(definition.getName())));
		roots.remove("changes");
		assertThat(roots).hasSizeGreaterThan(15)
			.allSatisfy(root -> assertThat(Pattern.compile("\\b" + root + "\\s*[({]").matcher(questions).find())
				.as(root)
				.isTrue());
	}

}
