package dev.rolegraph.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema declares what the limits need: bounds on every argument, and a measured cost for every question. */
class SchemaLimitsTest {

	private static TypeDefinitionRegistry schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		return registry;
	}

	/** Every field of every object type, extensions included, as {@code Type.field}. */
	private static List<Object[]> fields(TypeDefinitionRegistry schema) {
		List<Object[]> fields = new ArrayList<>();
		for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
			type.getFieldDefinitions().forEach(field -> fields.add(new Object[] { type.getName(), field }));
		}
		schema.objectTypeExtensions().forEach((name, extensions) -> extensions
			.forEach(extension -> extension.getFieldDefinitions().forEach(field -> fields.add(new Object[] { name, field }))));
		return fields;
	}

	private static boolean needsBounds(Type<?> type) {
		Type<?> bare = type instanceof NonNullType nonNull ? nonNull.getType() : type;
		return bare instanceof ListType
				|| bare instanceof TypeName name && List.of("String", "ID", "Int", "Float").contains(name.getName());
	}

	@Test
	void everyArgumentThatTakesTextANumberOrAListDeclaresItsBounds() throws IOException {
		List<String> unbounded = new ArrayList<>();
		int bounded = 0;
		for (Object[] entry : fields(schema())) {
			FieldDefinition field = (FieldDefinition) entry[1];
			for (InputValueDefinition argument : field.getInputValueDefinitions()) {
				if (!needsBounds(argument.getType()) || "Mutation".equals(entry[0])) {
					continue;
				}
				if (argument.hasDirective(ArgumentBounds.DIRECTIVE)) {
					bounded++;
				}
				else {
					unbounded.add(entry[0] + "." + field.getName() + "(" + argument.getName() + ")");
				}
			}
		}
		assertThat(unbounded).isEmpty();
		assertThat(bounded).isGreaterThan(30);
	}

	@Test
	void everyQuestionHasAMeasuredCostAndItsScalingArgumentExists() throws IOException {
		List<String> questions = new ArrayList<>();
		for (Object[] entry : fields(schema())) {
			FieldDefinition field = (FieldDefinition) entry[1];
			if (!"Query".equals(entry[0])) {
				continue;
			}
			questions.add(field.getName());
			FieldCosts.Measured measured = FieldCosts.ROOT.get(field.getName());
			assertThat(measured).as(field.getName()).isNotNull();
			assertThat(measured.millis()).as(field.getName()).isNotEmpty();
			if (measured.argument() != null) {
				assertThat(field.getInputValueDefinitions()).as(field.getName())
					.anyMatch(argument -> argument.getName().equals(measured.argument()));
			}
		}
		assertThat(FieldCosts.ROOT.keySet()).containsExactlyInAnyOrderElementsOf(questions);
	}

	@Test
	void aCostBetweenTwoMeasuredValuesLiesOnTheLineThroughThem() {
		FieldCosts.Measured measured = new FieldCosts.Measured("first", 50,
				new java.util.TreeMap<>(java.util.Map.of(10, 20.0, 100, 200.0)));
		assertThat(measured.at(55)).isEqualTo(110.0);
		assertThat(measured.at(1)).as("below the smallest: the smallest").isEqualTo(20.0);
		assertThat(measured.at(500)).as("above the largest: the largest").isEqualTo(200.0);
		assertThat(measured.at(100)).isEqualTo(200.0);
	}

}
