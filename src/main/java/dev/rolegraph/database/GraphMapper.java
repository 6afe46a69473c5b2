package dev.rolegraph.database;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.rolegraph.evidence.Citation;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.schema.Property;
import org.springframework.stereotype.Component;

/**
 * Turns nodes and relationships of a driver record into the entities and citations of the API: the persistence
 * side of every answer read with {@link GraphReads}.
 * Entities are records whose components are named like the node's properties, or carry Spring Data's
 * {@link Property} with the stored name (as Spring Data's own mapping reads them), so a node maps straight onto the
 * canonical constructor; this is several times cheaper than Spring Data's general entity converter, and it runs
 * for every node of every answer.
 */
@Component
public class GraphMapper {

	private static final ClassValue<RecordMapping<?>> MAPPINGS = new ClassValue<>() {
		@Override
		protected RecordMapping<?> computeValue(Class<?> type) {
			return new RecordMapping<>(type);
		}
	};

	/** The entity of type {@code type} for a node value; null for a null value. */
	public <T> T node(Value node, Class<T> type) {
		if (node == null || node.isNull()) {
			return null;
		}
		return type.cast(MAPPINGS.get(type).map(node));
	}

	/** Entities for a list of node values. */
	public <T> List<T> nodes(Value nodes, Class<T> type) {
		return nodes.asList(value -> node(value, type));
	}

	/** The citations of a relationship (or of a map with {@code cites} and {@code inferred}). */
	public static List<Citation> citations(Value edge) {
		// A relationship written with Neo4j's own tools may carry no citations at all.
		if (edge == null || edge.isNull() || edge.get("cites").isNull()) {
			return List.of();
		}
		return Citation.parseAll(edge.get("cites").asList(Value::asString), inferred(edge));
	}

	/** Whether a relationship is implied rather than stated; absent means stated. */
	public static boolean inferred(Value edge) {
		return edge.get("inferred").asBoolean(false);
	}

	/** Whether a REQUIRES relationship names an essential skill; absent means essential. */
	public static boolean essential(Value requires) {
		return requires.get("essential").asBoolean(true);
	}

	/** How a property becomes a component of each scalar type the entities use. */
	private static final Map<Class<?>, Function<Value, Object>> SCALARS = Map.of(String.class, Value::asString,
			Integer.class, Value::asInt, Long.class, Value::asLong, Boolean.class, Value::asBoolean, Double.class,
			Value::asDouble, LocalDate.class, Value::asLocalDate, ZonedDateTime.class, Value::asZonedDateTime);

	/** How the properties of a node become the components of one record type, worked out once per type. */
	private static final class RecordMapping<T> {

		private final Constructor<T> constructor;

		private final String[] names;

		private final List<Function<Value, Object>> readers;

		RecordMapping(Class<T> type) {
			if (!type.isRecord()) {
				throw new IllegalArgumentException(type + " is not a record");
			}
			RecordComponent[] components = type.getRecordComponents();
			this.names = Arrays.stream(components).map(component -> storedName(type, component)).toArray(String[]::new);
			this.readers = Arrays.stream(components).map(component -> reader(type, component)).toList();
			try {
				this.constructor = type.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
				this.constructor.setAccessible(true);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

		T map(Value node) {
			Object[] arguments = new Object[this.names.length];
			for (int i = 0; i < arguments.length; i++) {
				Value value = node.get(this.names[i]);
				arguments[i] = value.isNull() ? null : this.readers.get(i).apply(value);
			}
			try {
				return this.constructor.newInstance(arguments);
			}
			catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot map a node to " + this.constructor.getDeclaringClass(), ex);
			}
		}

		/** The property a component is stored as: its own name unless {@link Property} says otherwise. */
		private static String storedName(Class<?> type, RecordComponent component) {
			try {
				Property property = type.getDeclaredField(component.getName()).getAnnotation(Property.class);
				return property == null || property.value().isEmpty() ? component.getName() : property.value();
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static Function<Value, Object> reader(Class<?> type, RecordComponent component) {
			Function<Value, Object> scalar = SCALARS.get(component.getType());
			if (scalar != null) {
				return scalar;
			}
			Type generic = component.getGenericType();
			if (component.getType() == List.class && generic instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] == String.class) {
				return value -> value.asList(Value::asString);
			}
			throw new IllegalArgumentException(
					"no mapping for " + type.getSimpleName() + "." + component.getName() + " of type " + generic);
		}

	}

}
