package dev.rolegraph.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.rolegraph.ApiTest;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a normalized client cache (Apollo's InMemoryCache, urql's graphcache, Relay) keeps when one page asks in
 * English and another in Indonesian: entries keyed by type and id, fields keyed by name and arguments, as those
 * caches key them. A field's answer must depend on its own arguments only, or the cache mixes languages.
 */
class NormalizedCacheTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** {@code Role:social-media-specialist} to its fields, each under its name and arguments. */
	private final Map<String, Map<String, String>> cache = new HashMap<>();

	@Test
	void englishAndIndonesianNamesOfOneRoleStayApartWhateverAsksForThem() {
		read("""
				query Role { role(id: "social-media-specialist") { __typename id name } }""");
		read("""
				query Paths { careerPaths(from: "social-media-officer", to: "social-media-specialist") {
				  steps { role { __typename id name(lang: ID) } } } }""");
		read("""
				query Search { search(text: "spesialis", kinds: [ROLE]) {
				  node { ... on Role { __typename id name nameAgain: name(lang: EN) } } } }""");
		Map<String, String> specialist = this.cache.get("Role:social-media-specialist");
		assertThat(specialist).containsEntry("name", "Social Media Specialist")
			.containsEntry("name({\"lang\":\"EN\"})", "Social Media Specialist")
			.containsEntry("name({\"lang\":\"ID\"})", "Spesialis Media Sosial");
	}

	/** Runs a query and stores every object with a type and id the way a normalized cache does. */
	private void read(String query) {
		byte[] body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode data = JSON.readTree(body).path("data");
		assertThat(data.isObject()).as(new String(body)).isTrue();
		OperationDefinition operation = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).get(0);
		store(operation.getSelectionSet(), data);
	}

	private void store(SelectionSet selections, JsonNode object) {
		if (object.isArray()) {
			object.forEach(item -> store(selections, item));
			return;
		}
		if (!object.isObject()) {
			return;
		}
		String key = object.has("__typename") && object.has("id")
				? object.get("__typename").asString() + ":" + object.get("id").asString() : null;
		selections.getSelections().forEach(selection -> {
			if (selection instanceof InlineFragment fragment) {
				store(fragment.getSelectionSet(), object);
			}
			else if (selection instanceof Field field) {
				JsonNode value = object.path(field.getResultKey());
				if (field.getSelectionSet() != null) {
					store(field.getSelectionSet(), value);
				}
				else if (key != null) {
					this.cache.computeIfAbsent(key, k -> new HashMap<>()).put(storeName(field), value.asString());
				}
			}
		});
	}

	/** The field's name, and its arguments as JSON with sorted keys when it has any: Apollo's store field name. */
	private static String storeName(Field field) {
		if (field.getArguments().isEmpty()) {
			return field.getName();
		}
		Map<String, String> arguments = new TreeMap<>();
		field.getArguments().forEach(argument -> arguments.put(argument.getName(), literal(argument.getValue())));
		return field.getName() + arguments.entrySet()
			.stream()
			.map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"")
			.collect(Collectors.joining(",", "({", "})"));
	}

	private static String literal(Value<?> value) {
		return value instanceof StringValue string ? string.getValue()
				: value instanceof EnumValue enumValue ? enumValue.getName() : value.toString();
	}

}
