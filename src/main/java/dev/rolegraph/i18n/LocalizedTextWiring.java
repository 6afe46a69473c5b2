package dev.rolegraph.i18n;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.language.FieldDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves every field declared as {@code field(lang: Lang = EN): String} whose Java property is a {@link Text}, in
 * the field's own {@code lang}. Only the field's own argument counts, never an enclosing field's, so that a field
 * without arguments always means English and a normalized client cache cannot mix the two languages.
 */
@Component
class LocalizedTextWiring implements RuntimeWiringConfigurer {

	private static final String LANG = "lang";

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {

			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment environment) {
				FieldDefinition field = environment.getFieldDefinition();
				return field.getInputValueDefinitions().stream().anyMatch(arg -> arg.getName().equals(LANG))
						&& TypeUtil.unwrapAll(field.getType()).getName().equals("String");
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
				return new LocalizedText(environment.getFieldDefinition().getName());
			}

		});
	}

	/**
	 * Reads a {@link Text} property in the language the field asks for. Trivial (no I/O, no context needed), so that GraphQL
	 * observations and context propagation skip it: a page of roles has hundreds of these fields.
	 */
	private static final class LocalizedText implements TrivialDataFetcher<Object> {

		private final PropertyDataFetcher<Object> property;

		LocalizedText(String property) {
			this.property = PropertyDataFetcher.fetching(property);
		}

		@Override
		public Object get(DataFetchingEnvironment env) {
			Object value = this.property.get(env);
			if (!(value instanceof Text text)) {
				return value;
			}
			return text.in(env.getArgument(LANG) instanceof String lang ? Lang.valueOf(lang) : Lang.EN);
		}

	}

}
