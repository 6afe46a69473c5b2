package dev.rolegraph.database;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.evidence.Source;
import dev.rolegraph.role.Role;
import dev.rolegraph.skill.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Values;

import org.springframework.data.neo4j.core.schema.Property;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entity the API maps from a row: a node with a value for each of the record's components comes back with
 * each of them, so a component of a type the mapper cannot read fails here rather than in an answer.
 */
class GraphMapperTest {

	private final GraphMapper mapper = new GraphMapper();

	/** A value of the component's type that no other component has, so a swapped component would show. */
	private static Object sample(RecordComponent component, int position) {
		Class<?> type = component.getType();
		if (type == String.class) {
			return component.getName() + "-" + position;
		}
		if (type == Integer.class) {
			return position;
		}
		if (type == Long.class) {
			return 1000L + position;
		}
		if (type == Double.class) {
			return position + 0.5;
		}
		if (type == Boolean.class) {
			return position % 2 == 0;
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2024, 1, 1).plusDays(position);
		}
		if (type == ZonedDateTime.class) {
			return ZonedDateTime.of(2026, 11, 27, 3, 0, position, 0, ZoneOffset.UTC);
		}
		if (type == List.class && component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] == String.class) {
			return List.of(component.getName() + "-" + position, "second");
		}
		throw new AssertionError("the test has no sample for " + component);
	}

	@ParameterizedTest
	@ValueSource(classes = { Role.class, Skill.class, Tool.class, Platform.class, Responsibility.class, Source.class })
	void everyComponentOfAnEntityIsReadFromItsNode(Class<?> type) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Map<String, Object> properties = new HashMap<>();
		for (int i = 0; i < components.length; i++) {
			properties.put(stored(type, components[i]), sample(components[i], i));
		}
		Object entity = this.mapper.node(Values.value(properties), type);
		for (int i = 0; i < components.length; i++) {
			assertThat(components[i].getAccessor().invoke(entity)).as(components[i].getName())
				.isEqualTo(properties.get(stored(type, components[i])));
		}
	}

	@Test
	void indonesianTextIsReadFromTheStoredIdProperties() {
		Skill skill = this.mapper.node(Values.value(Map.of("id", "copywriting", "nameEn", "Copywriting", "nameId",
				"Penulisan naskah", "descriptionId", "Menulis teks iklan")), Skill.class);
		assertThat(skill.nameIndonesian()).isEqualTo("Penulisan naskah");
		assertThat(skill.descriptionIndonesian()).isEqualTo("Menulis teks iklan");
	}

	/** The property a component is stored as, as Spring Data's {@code @Property} names it. */
	private static String stored(Class<?> type, RecordComponent component) throws NoSuchFieldException {
		Property property = type.getDeclaredField(component.getName()).getAnnotation(Property.class);
		return property == null ? component.getName() : property.value();
	}

	@ParameterizedTest
	@ValueSource(classes = { Role.class, Skill.class, Source.class })
	void aNodeWithOnlyItsIdLeavesTheRestNull(Class<?> type) throws Exception {
		Object entity = this.mapper.node(Values.value(Map.of("id", "only-id")), type);
		for (RecordComponent component : type.getRecordComponents()) {
			assertThat(component.getAccessor().invoke(entity)).as(component.getName())
				.isEqualTo(component.getName().equals("id") ? "only-id" : null);
		}
	}

}
