package dev.rolegraph.safety;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.rolegraph.ApiTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema-driven fuzzing: documents over every query and mutation field, built from the live schema, with nulls,
 * empty and huge strings, zero, negatives, extremes, unknown ids and cursors, invalid enum names, as literals and
 * as variables. Every answer must come within 2 s, without HTTP 5xx, INTERNAL_ERROR, stack frames, class names
 * or Cypher; the graph must be unchanged. The seed is fixed (override with -Drolegraph.fuzz.seed, and the number
 * of cases per field with -Drolegraph.fuzz.cases) so that a failure can be replayed.
 */
class SchemaFuzzTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long SEED = Long.getLong("rolegraph.fuzz.seed", 20261126L);

	private static final int CASES_PER_FIELD = Integer.getInteger("rolegraph.fuzz.cases", 20);

	/** What must never reach a client: stack frames, Java class names, exceptions, Cypher. */
	private static final Pattern LEAK = Pattern.compile(
			"\\tat |Exception|\\b(dev\\.rolegraph|org\\.neo4j|org\\.springframework|graphql\\.(execution|schema|language))\\.|MATCH \\(|RETURN [a-z]");

	private static final List<String> REAL_IDS = List.of("social-media-officer", "social-media-manager", "copywriting",
			"canva", "instagram", "003", "marketing-team");

	private static final List<String> STRINGS = List.of("", " ", "x", "zz-unknown-id", "a".repeat(10_000),
			"x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //", "\u202Eofficer", "\uD83D\uDC69\u200D\uD83D\uDCBB",
			"Y3Vyc29y", Base64.getEncoder().encodeToString("O_-5".getBytes(StandardCharsets.UTF_8)), "-1",
			"2026-13-45T99:00:00Z", "null", "{}", "\\u0000", "Social Media");

	private static final List<Object> INTS = List.of(0, -1, 1, 2, 3, 8, 20, 100, 101, 1_000_000, Integer.MAX_VALUE,
			Integer.MIN_VALUE, 4_294_967_296L);

	@Autowired
	GraphQlSource source;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** One generated request and how to send it. */
	private record Case(String document, Map<String, Object> variables, String user) {
	}

	@Test
	void noArgumentValueGivesAnInternalErrorALeakOrASlowAnswer() throws Exception {
		Random random = new Random(SEED);
		var schema = this.source.schema();
		String before = count("MATCH (n) RETURN count(n)") + "/" + count("MATCH ()-[r]->() RETURN count(r)");
		List<String> failures = new ArrayList<>();
		int cases = 0;
		for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
			boolean mutation = root == schema.getMutationType();
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				for (int i = 0; i < CASES_PER_FIELD; i++) {
					Case c = generate(random, field, mutation, i % 3 == 0);
					cases++;
					String failure = check(c);
					if (failure != null && failures.size() < 20) {
						failures.add(field.getName() + ": " + failure + "\n    document: " + abbreviate(c.document())
								+ "\n    variables: " + abbreviate(String.valueOf(c.variables())));
					}
				}
			}
		}
		System.out.printf("Schema fuzzing: %d cases, seed %d, %d failures%n", cases, SEED, failures.size());
		assertThat(failures).as("%d cases with seed %d", cases, SEED).isEmpty();
		assertThat(count("MATCH (n) RETURN count(n)") + "/" + count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(before);
	}

	private String check(Case c) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json");
		if (c.user() != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((c.user() + ":" + c.user() + "-test-password").getBytes(StandardCharsets.UTF_8)));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", c.document());
		body.put("variables", c.variables());
		long started = System.nanoTime();
		HttpResponse<String> response = this.client.send(
				request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
				HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		if (response.statusCode() >= 500) {
			return "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
		}
		if (took.compareTo(Duration.ofSeconds(2)) > 0) {
			return "answered in " + took.toMillis() + " ms";
		}
		// A payload may echo the client's own input (an injection attempt as a rejected id, or quoted inside a
		// validation message naming the value that is not a valid Date): that is not a leak.
		String answered = response.body();
		for (String sent : STRINGS) {
			answered = answered.replace(JSON.writeValueAsString(sent), "\"\"");
			if (sent.length() > 3) {
				answered = answered.replace(sent, "");
			}
		}
		var leak = LEAK.matcher(answered);
		if (leak.find()) {
			return "leaks '" + leak.group() + "': " + abbreviate(response.body());
		}
		JsonNode answer = JSON.readTree(response.body());
		for (JsonNode error : answer.path("errors")) {
			String classification = error.path("extensions").path("classification").asString("");
			if (classification.isEmpty() || classification.equals("INTERNAL_ERROR")) {
				return "unclassified or internal error: " + abbreviate(error.toString());
			}
		}
		return null;
	}

	private Case generate(Random random, GraphQLFieldDefinition field, boolean mutation, boolean asVariables) {
		List<String> declarations = new ArrayList<>();
		List<String> arguments = new ArrayList<>();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = argument.getType() instanceof GraphQLNonNull;
			if (!required && random.nextInt(3) == 0) {
				continue;
			}
			Object value = random.nextInt(8) == 0 ? null : value(random, argument.getType(), mutation, 0);
			if (asVariables) {
				String name = "v" + declarations.size();
				declarations.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
				variables.put(name, value);
				arguments.add(argument.getName() + ": $" + name);
			}
			else {
				arguments.add(argument.getName() + ": " + literal(value, argument.getType()));
			}
		}
		String call = field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")");
		String selection = selection(field.getType(), 0);
		String operation = (mutation ? "mutation" : "query") + " Fuzz"
				+ (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")");
		// Creations are tried anonymously (refused before any write); everything else as a curator, with ids that
		// name nothing, so no fuzz case can change the graph.
		String user = mutation && field.getName().startsWith("create") ? null : "curator";
		return new Case(operation + " { " + call + selection + " }", variables, user);
	}

	private Object value(Random random, GraphQLInputType type, boolean mutation, int depth) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList list) {
			int size = random.nextInt(10) == 0 ? 300 : random.nextInt(4);
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				values.add(value(random, (GraphQLInputType) list.getWrappedType(), mutation, depth + 1));
			}
			return values;
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return random.nextInt(5) == 0 ? "SKIL"
					: enumType.getValues().get(random.nextInt(enumType.getValues().size())).getName();
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (GraphQLInputObjectField inner : object.getFieldDefinitions()) {
				if (inner.getType() instanceof GraphQLNonNull || random.nextBoolean()) {
					fields.put(inner.getName(), depth > 3 ? null : value(random, inner.getType(), mutation, depth + 1));
				}
			}
			return fields;
		}
		String scalar = ((GraphQLScalarType) unwrapped).getName();
		return switch (scalar) {
			case "Int" -> INTS.get(random.nextInt(INTS.size()));
			case "Float" -> List.of(0.0, -1.5, 1e308, 0.5).get(random.nextInt(4));
			case "Boolean" -> random.nextBoolean();
			default -> !mutation && random.nextInt(3) == 0 ? REAL_IDS.get(random.nextInt(REAL_IDS.size()))
					: STRINGS.get(random.nextInt(STRINGS.size()));
		};
	}

	/** A value written as a GraphQL literal of {@code type}. */
	private static String literal(Object value, GraphQLInputType type) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		return switch (value) {
			case null -> "null";
			case List<?> list -> list.stream()
				.map(item -> literal(item, (GraphQLInputType) ((GraphQLList) unwrapped).getWrappedType()))
				.collect(Collectors.joining(", ", "[", "]"));
			case Map<?, ?> map -> map.entrySet()
				.stream()
				.map(entry -> entry.getKey() + ": " + literal(entry.getValue(),
						((GraphQLInputObjectType) unwrapped).getField((String) entry.getKey()).getType()))
				.collect(Collectors.joining(", ", "{", "}"));
			case String text when unwrapped instanceof GraphQLEnumType -> text;
			case String text -> JSON.writeValueAsString(text);
			default -> String.valueOf(value);
		};
	}

	/** Scalars of the type, and the scalars of its object fields up to three levels down. */
	private static String selection(GraphQLOutputType type, int depth) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		if (unwrapped instanceof GraphQLUnionType union) {
			return union.getTypes()
				.stream()
				.map(member -> "... on " + member.getName() + selection((GraphQLOutputType) member, depth + 1))
				.collect(Collectors.joining(" ", " { __typename ", " }"));
		}
		if (!(unwrapped instanceof GraphQLFieldsContainer container)) {
			return "";
		}
		List<String> fields = new ArrayList<>(List.of("__typename"));
		for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
			boolean needsArguments = field.getArguments().stream().anyMatch(arg -> arg.getType() instanceof GraphQLNonNull);
			GraphQLType inner = GraphQLTypeUtil.unwrapAll(field.getType());
			if (needsArguments) {
				continue;
			}
			if (inner instanceof GraphQLScalarType || inner instanceof GraphQLEnumType) {
				fields.add(field.getName());
			}
			else if (depth < 3) {
				fields.add(field.getName() + selection(field.getType(), depth + 1));
			}
		}
		return fields.stream().collect(Collectors.joining(" ", " { ", " }"));
	}

	private static String abbreviate(String text) {
		return text.length() <= 400 ? text : text.substring(0, 400) + "...";
	}

}
