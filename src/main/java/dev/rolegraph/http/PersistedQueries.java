package dev.rolegraph.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.OperationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns what a request sent into a parsed, validated document: its text, or the SHA-256 of a text sent before
 * (automatic persisted queries as Apollo Client's link speaks them: an unknown hash answers PersistedQueryNotFound,
 * the client sends the text with its hash once, and a hash that is not the text's is refused, so no hash can stand
 * for another document). With an allow-list only its documents run. Parsed documents are kept by text, and texts by
 * hash, both bounded and least recently used out first; long documents are answered but not kept.
 */
@Component
@EnableConfigurationProperties(HttpProperties.class)
class PersistedQueries implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENT_LENGTH = 8_192;

	static final int MAX_PARSED = 500;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Logger log = LoggerFactory.getLogger(PersistedQueries.class);

	private final Map<String, PreparsedDocumentEntry> parsed = lru(MAX_PARSED);

	private final Map<String, String> registered;

	/** Hash to text of the allowed documents; null without an allow-list. */
	private final Map<String, String> allowed;

	PersistedQueries(HttpProperties properties) {
		this.registered = lru(properties.persistedQueries());
		this.allowed = StringUtils.hasText(properties.allowList()) ? load(Path.of(properties.allowList())) : null;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		boolean noText = !StringUtils.hasText(text) || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
		Object persisted = input.getExtensions() == null ? null : input.getExtensions().get("persistedQuery");
		String hash = null;
		if (persisted != null) {
			if (!(persisted instanceof Map<?, ?> fields) || !(fields.get("sha256Hash") instanceof String given)
					|| !SHA256.matcher(given).matches() || !(fields.get("version") instanceof Number version)
					|| version.intValue() != 1) {
				return error(ErrorType.BAD_REQUEST,
						"extensions.persistedQuery: expected {\"version\": 1, \"sha256Hash\": 64 lowercase hex digits}");
			}
			hash = given;
		}
		if (noText) {
			if (hash == null) {
				return error(ErrorType.BAD_REQUEST, "query: missing; send the document, or a persisted query's hash");
			}
			text = this.allowed != null ? this.allowed.get(hash) : get(this.registered, hash);
			if (text == null) {
				return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
					.errorType(HttpErrors.PERSISTED_QUERY_NOT_FOUND)
					// Apollo Client's link recognises the message and the code.
					.message("PersistedQueryNotFound")
					.extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND"))
					.build()));
			}
		}
		else if (hash != null || this.allowed != null) {
			// Only then: a plain query of an open server is not hashed.
			String own = sha256(text);
			if (hash != null && !hash.equals(own)) {
				return error(ErrorType.BAD_REQUEST,
						"extensions.persistedQuery.sha256Hash: not the SHA-256 of the query sent with it");
			}
			if (this.allowed != null && !this.allowed.containsKey(own) && !this.allowed.containsKey(sha256(text.strip()))) {
				return error(HttpErrors.PERSISTED_QUERY_NOT_ALLOWED,
						"query: not on this server's allow-list; only its registered documents run here");
			}
		}
		PreparsedDocumentEntry entry = parsed(text, input, parseAndValidate);
		if (hash != null && !noText && !entry.hasErrors() && this.allowed == null && text.length() <= MAX_DOCUMENT_LENGTH) {
			put(this.registered, hash, text);
		}
		if (!entry.hasErrors() && HttpCaching.isGet(input) && !isQuery(entry, input.getOperationName())) {
			return error(HttpErrors.METHOD_NOT_ALLOWED, "GET: only queries; send mutations by POST");
		}
		return CompletableFuture.completedFuture(entry);
	}

	private PreparsedDocumentEntry parsed(String text, ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		ExecutionInput withText = text.equals(input.getQuery()) ? input : input.transform(b -> b.query(text));
		if (text.length() > MAX_DOCUMENT_LENGTH) {
			return parseAndValidate.apply(withText);
		}
		PreparsedDocumentEntry entry = get(this.parsed, text);
		if (entry == null) {
			entry = parseAndValidate.apply(withText);
			put(this.parsed, text, entry);
		}
		return entry;
	}

	/** Whether the operation that will run is a query; one graphql-java refuses anyway counts as one. */
	private static boolean isQuery(PreparsedDocumentEntry entry, String operationName) {
		OperationDefinition chosen = null;
		for (var definition : entry.getDocument().getDefinitionsOfType(OperationDefinition.class)) {
			if (operationName == null ? chosen == null : operationName.equals(definition.getName())) {
				chosen = definition;
			}
		}
		return chosen == null || chosen.getOperation() == OperationDefinition.Operation.QUERY;
	}

	private static CompletableFuture<PreparsedDocumentEntry> error(ErrorClassification type, String message) {
		return CompletableFuture.completedFuture(
				new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().errorType(type).message(message).build()));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> load(Path folder) {
		Map<String, String> documents = new LinkedHashMap<>();
		int count = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				count++;
				String text = Files.readString(file);
				documents.put(sha256(text), text);
				documents.put(sha256(text.strip()), text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("ROLEGRAPH_ALLOW_LIST: cannot read " + folder, ex);
		}
		if (documents.isEmpty()) {
			throw new IllegalStateException("ROLEGRAPH_ALLOW_LIST: no .graphql file in " + folder.toAbsolutePath());
		}
		log.info("Allow-list: only the {} documents in {} run", count, folder.toAbsolutePath());
		return Map.copyOf(documents);
	}

	private static <V> Map<String, V> lru(int size) {
		return new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > size;
			}
		};
	}

	private static <V> V get(Map<String, V> map, String key) {
		synchronized (map) {
			return map.get(key);
		}
	}

	private static <V> void put(Map<String, V> map, String key, V value) {
		synchronized (map) {
			map.put(key, value);
		}
	}

}
