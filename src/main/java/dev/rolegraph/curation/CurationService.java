package dev.rolegraph.curation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.rolegraph.curation.AuditTrail.Action;
import dev.rolegraph.curation.CurationGraph.BeforeAfter;
import dev.rolegraph.curation.Inputs.CreateEntryInput;
import dev.rolegraph.curation.Inputs.CreateRoleInput;
import dev.rolegraph.curation.Inputs.DeleteInput;
import dev.rolegraph.curation.Inputs.EvidenceInput;
import dev.rolegraph.curation.Inputs.LinkInput;
import dev.rolegraph.curation.Inputs.UnlinkInput;
import dev.rolegraph.curation.Inputs.UpdateEntryInput;
import dev.rolegraph.curation.Inputs.UpdateRoleInput;
import dev.rolegraph.curation.Payloads.Code;
import dev.rolegraph.curation.Payloads.DeletePayload;
import dev.rolegraph.curation.Payloads.LinkPayload;
import dev.rolegraph.curation.Payloads.Outcome;
import dev.rolegraph.curation.Payloads.UserError;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.role.Role;
import dev.rolegraph.vocabulary.Label;
import dev.rolegraph.vocabulary.Relation;
import dev.rolegraph.vocabulary.RoleKind;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jOperations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Curators' writes. Each mutation is validated first, then runs in one write transaction together with its audit
 * record: it all happens or nothing does. Transient failures (deadlocks between parallel curators) are retried.
 */
@Service
@PreAuthorize("hasRole('CURATOR')")
class CurationService {

	/** Deadlocks between parallel curators: up to ten attempts, 20 ms apart at first, doubling up to 500 ms. */
	private static final RetryTemplate RETRIES = new RetryTemplate(RetryPolicy.builder()
		.includes(TransientDataAccessException.class)
		.maxRetries(9)
		.delay(Duration.ofMillis(20))
		.jitter(Duration.ofMillis(10))
		.multiplier(2)
		.maxDelay(Duration.ofMillis(500))
		.build());

	/** A problem found inside the transaction; rolls it back. */
	private static final class Rejected extends RuntimeException {

		private final UserError error;

		Rejected(Code code, String message, String... field) {
			super(message, null, false, false);
			this.error = UserError.of(code, message, field);
		}

	}

	private final CurationGraph graph;


	private final Neo4jOperations template;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final InputCheck checks;

	CurationService(CurationGraph graph, Neo4jOperations template, PlatformTransactionManager transactionManager,
			AuditTrail audit, InputCheck checks) {
		this.checks = checks;
		this.graph = graph;
		this.template = template;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
	}

	Outcome<Role> createRole(CreateRoleInput input) {
		return write(input, () -> {
			String cite = cite(input.evidence());
			refuseDuplicate(Entry.ROLE, input.id());
			Map<String, Object> props = props(input.id(), input.name(), input.description(), null);
			props.put("kind", (input.kind() == null ? RoleKind.ROLE : input.kind()).name());
			if (input.description() != null) {
				props.put("descriptionCites", List.of(cite));
				props.put("descriptionInferred", input.evidence().isInferred());
			}
			this.audit.record(Action.CREATE, Label.ROLE.text, input.id(), null,
					this.graph.create(Label.ROLE.text, props), cite, input.evidence().note());
			return input.id();
		}, id -> Outcome.written(entity(Entry.ROLE, id)), Outcome::refused);
	}

	Outcome<Role> updateRole(UpdateRoleInput input) {
		return write(input, () -> update(Entry.ROLE, input.id(), props(null, input.name(), input.description(), null),
				input.description() != null ? "descriptionCites" : "cites", input.evidence()),
				id -> Outcome.written(entity(Entry.ROLE, id)), Outcome::refused);
	}

	/** Creates a skill, tool, platform or responsibility. */
	<T> Outcome<T> create(Entry<T> kind, CreateEntryInput input) {
		return write(input, () -> {
			String cite = cite(input.evidence());
			refuseDuplicate(kind, input.id());
			Map<String, Object> props = props(input.id(), input.name(), input.description(), input.aliases());
			props.put("cites", List.of(cite));
			this.audit.record(Action.CREATE, kind.label().text, input.id(), null,
					this.graph.create(kind.label().text, props), cite, input.evidence().note());
			return input.id();
		}, id -> Outcome.written(entity(kind, id)), Outcome::refused);
	}

	/** Changes a skill, tool, platform or responsibility. */
	<T> Outcome<T> update(Entry<T> kind, UpdateEntryInput input) {
		return write(input, () -> update(kind, input.id(), props(null, input.name(), input.description(), input.aliases()),
				"cites", input.evidence()), id -> Outcome.written(entity(kind, id)), Outcome::refused);
	}

	DeletePayload delete(Entry<?> kind, DeleteInput input) {
		return write(input, () -> {
			String cite = cite(input.evidence());
			Map<String, Object> before = this.graph.delete(kind.label(), input.id())
				.orElseThrow(() -> notFound(kind, "id"));
			this.audit.record(Action.DELETE, kind.label().text, input.id(), before, null, cite, input.evidence().note());
			return input.id();
		}, id -> new DeletePayload(id, List.of()), errors -> new DeletePayload(null, errors));
	}

	LinkPayload link(LinkInput input) {
		return write(input, () -> {
			String cite = cite(input.evidence());
			requireEnds(input.type(), input.from(), input.to());
			if (input.type() == Relation.REPORTS_TO && this.graph.wouldCycle(input.from(), input.to())) {
				throw new Rejected(Code.CYCLE, "would close a loop: '" + input.to() + "' already reports to '"
						+ input.from() + "', directly or not", "to");
			}
			// A symmetric relationship has no direction: evidence joins the one already stated the other way.
			boolean reverse = input.type().symmetric()
					&& this.graph.linked(input.type(), input.to(), input.from());
			String from = reverse ? input.to() : input.from();
			String to = reverse ? input.from() : input.to();
			BeforeAfter change = this.graph
				.link(input.type(), from, to, input.essential(), cite, input.evidence().isInferred(), input.evidence().note())
				.orElseThrow();
			this.audit.record(Action.LINK, input.type().name(), from + ">" + to, change.before(),
					change.after(), cite, input.evidence().note());
			return change.after();
		}, after -> new LinkPayload(entity(Entry.ROLE, input.from()), input.to(), input.type(),
				GraphCitations.of(after), List.of()),
				errors -> new LinkPayload(null, input.to(), input.type(), List.of(), errors));
	}

	LinkPayload unlink(UnlinkInput input) {
		return write(input, () -> {
			String cite = cite(input.evidence());
			Optional<Map<String, Object>> before = this.graph.unlink(input.type(), input.from(), input.to());
			String key = input.from() + ">" + input.to();
			if (before.isEmpty() && input.type().symmetric()) {
				before = this.graph.unlink(input.type(), input.to(), input.from());
				key = input.to() + ">" + input.from();
			}
			Map<String, Object> removed = before.orElseThrow(
					() -> new Rejected(Code.NOT_LINKED, "there is no such " + input.type() + " relationship", "to"));
			this.audit.record(Action.UNLINK, input.type().name(), key, removed, null, cite, input.evidence().note());
			return key;
		}, done -> new LinkPayload(entity(Entry.ROLE, input.from()), input.to(), input.type(), List.of(), List.of()),
				errors -> new LinkPayload(null, input.to(), input.type(), List.of(), errors));
	}

	@Transactional(readOnly = true)
	List<CurationGraph.Change> changes(OffsetDateTime since, String by, String entity, int first) {
		return this.graph.changes(since, by, entity, first);
	}

	/** Applies {@code changes} to a node and records them; the citation joins {@code citeProperty}. */
	private String update(Entry<?> kind, String id, Map<String, Object> changes, String citeProperty,
			EvidenceInput evidence) {
		String cite = cite(evidence);
		BeforeAfter change = this.graph.update(kind.label().text, id, changes, citeProperty, cite)
			.orElseThrow(() -> notFound(kind, "id"));
		this.audit.record(Action.UPDATE, kind.label().text, id, change.before(), change.after(), cite, evidence.note());
		return id;
	}

	private void refuseDuplicate(Entry<?> kind, String id) {
		if (this.graph.exists(kind.label().text, id)) {
			throw new Rejected(Code.DUPLICATE, "a " + kind.label().lowerCase() + " with this id exists", "id");
		}
	}

	private static Rejected notFound(Entry<?> kind, String field) {
		return new Rejected(Code.NOT_FOUND, "no " + kind.label().lowerCase() + " with this id", field);
	}

	private void requireEnds(Relation type, String from, String to) {
		if (!this.graph.exists(Label.ROLE.text, from)) {
			throw new Rejected(Code.NOT_FOUND, "no role with this id", "from");
		}
		if (!this.graph.exists(type.to.text, to)) {
			throw new Rejected(Code.NOT_FOUND, "no " + type.to.lowerCase() + " with this id", "to");
		}
	}

	/** The citation of the evidence; creates a new source in the same transaction. */
	private String cite(EvidenceInput evidence) {
		String sourceId;
		if (evidence.newSource() != null) {
			var source = evidence.newSource();
			if (this.graph.exists("Source", source.id())) {
				throw new Rejected(Code.DUPLICATE, "a source with this id exists; cite it with sourceId", "evidence",
						"newSource", "id");
			}
			Map<String, Object> props = new HashMap<>();
			props.put("id", source.id());
			props.put("title", source.title());
			props.put("url", source.url());
			props.put("publisher", source.publisher());
			props.put("published", source.published());
			props.put("language", source.language());
			props.put("origin", "curator");
			this.graph.create("Source", props);
			sourceId = source.id();
		}
		else {
			Optional<Integer> lines = this.graph.sourceLines(evidence.sourceId())
				.orElseThrow(() -> new Rejected(Code.NOT_FOUND, "no source with this id", "evidence", "sourceId"));
			if (lines.isPresent()) {
				if (evidence.lines() == null) {
					throw new Rejected(Code.INVALID, "is required: this source is an article cited by line", "evidence",
							"lines");
				}
				Citation citation = Citation.parse(evidence.sourceId() + ":" + evidence.lines(), false);
				if (citation.lineEnd() > lines.get()) {
					throw new Rejected(Code.INVALID, "is past the end of the source (" + lines.get() + " lines)",
							"evidence", "lines");
				}
			}
			sourceId = evidence.sourceId();
		}
		return evidence.lines() == null ? sourceId : sourceId + ":" + evidence.lines();
	}

	private static Map<String, Object> props(String id, Inputs.TextInput name, Inputs.TextInput description,
			List<String> aliases) {
		Map<String, Object> props = new HashMap<>();
		if (id != null) {
			props.put("id", id);
			props.put("origin", "curator");
			props.put("version", 1);
		}
		if (name != null) {
			props.put("nameEn", name.en().strip());
			props.put("nameId", name.indonesian().strip());
		}
		if (description != null) {
			props.put("descriptionEn", description.en().strip());
			props.put("descriptionId", description.indonesian().strip());
		}
		if (aliases != null) {
			props.put("aliases", aliases.stream().map(String::strip).toList());
		}
		return props;
	}

	/** The entity as stored, loaded whole after the write. */
	private <T> T entity(Entry<T> kind, String id) {
		return this.template.findById(id, kind.type()).orElseThrow();
	}

	/**
	 * Runs {@code work} in one write transaction unless the input breaks its rules; a {@link Rejected} rolls it back
	 * and becomes a typed error, a lost race on a unique id becomes DUPLICATE. A transient failure (a deadlock
	 * between parallel curators) runs the whole transaction again, after a short, growing pause.
	 */
	private <T, P> P write(Object input, Supplier<T> work, Function<T, P> done, Function<List<UserError>, P> failed) {
		List<UserError> invalid = this.checks.problems(input);
		if (!invalid.isEmpty()) {
			return failed.apply(invalid);
		}
		T result;
		try {
			result = RETRIES.execute(() -> this.transactions.execute(status -> work.get()));
		}
		catch (RetryException ex) {
			return switch (ex.getCause()) {
				case Rejected rejected -> failed.apply(List.of(rejected.error));
				case DataIntegrityViolationException duplicate ->
					failed.apply(List.of(UserError.of(Code.DUPLICATE, "was taken by a parallel change", "id")));
				case RuntimeException other -> throw other;
				default -> throw new IllegalStateException(ex.getCause());
			};
		}
		return done.apply(result);
	}

}
