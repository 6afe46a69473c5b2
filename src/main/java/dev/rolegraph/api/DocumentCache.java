package dev.rolegraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated GraphQL documents, by their text. Clients send the same few documents over and over with
 * different variables, and parsing and validating one costs as much as a small database look-up. Bounded, least
 * recently used first out; long documents are not kept.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

	static final int MAX_DOCUMENTS = 500;

	static final int MAX_DOCUMENT_LENGTH = 8_192;

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		PreparsedDocumentProvider cache = new Lru();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	private static final class Lru implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > MAX_DOCUMENTS;
			}
		};

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String text = input.getQuery();
			if (text.length() > MAX_DOCUMENT_LENGTH) {
				return CompletableFuture.completedFuture(parseAndValidate.apply(input));
			}
			PreparsedDocumentEntry entry;
			synchronized (this.documents) {
				entry = this.documents.get(text);
			}
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				synchronized (this.documents) {
					this.documents.put(text, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

}
