package dev.rolegraph.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.database.GraphReads;
import dev.rolegraph.database.GraphSchema;
import dev.rolegraph.role.Role;
import dev.rolegraph.role.RoleLists;
import dev.rolegraph.skill.Skill;
import dev.rolegraph.vocabulary.Label;
import graphql.execution.DataFetcherResult;

import org.springframework.stereotype.Component;

/** Full-text search over both languages' indexes, in a read transaction. */
@Component
class SearchGraph {

	/** A hit of either index counts once, at its best score; a role with the lists the client selected on it. */
	static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes($indexEn, $query) YIELD node, score RETURN node, score
			  UNION ALL
			  CALL db.index.fulltext.queryNodes($indexId, $query) YIELD node, score RETURN node, score
			}
			WITH node, max(score) AS score
			WHERE any(label IN labels(node) WHERE label IN $kinds)
			WITH node, [label IN labels(node) WHERE label IN $kinds][0] AS kind, score
			ORDER BY score DESC, node.nameEn
			LIMIT $first
			RETURN node, kind, score, CASE WHEN kind = 'Role' THEN %s END AS lists""".formatted(RoleLists.of("node"));

	static final Map<String, Class<?>> TYPES = Map.of(Label.ROLE.text, Role.class, Label.SKILL.text, Skill.class,
			Label.TOOL.text, Tool.class, Label.PLATFORM.text, Platform.class, Label.RESPONSIBILITY.text,
			Responsibility.class);

	static final int MAX_FUZZY_WORD = 20;

	static final int MAX_PREFIX_WORD = 40;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final GraphReads reads;

	private final GraphMapper mapper;

	SearchGraph(GraphReads reads, GraphMapper mapper) {
		this.reads = reads;
		this.mapper = mapper;
	}

	DataFetcherResult<List<SearchHit>> search(String text, List<String> kinds, int first, RoleLists.Selected lists) {
		RoleLists.Reader roles = lists.reader(this.mapper);
		Map<String, Object> parameters = lists.parameters(Map.of("indexEn", GraphSchema.TEXT_EN, "indexId",
				GraphSchema.TEXT_ID, "query", lucene(text), "kinds", kinds, "first", first));
		List<SearchHit> hits = List.copyOf(this.reads.all(SEARCH, parameters, row -> {
				String kind = row.get("kind").asString();
				Object node = Label.ROLE.text.equals(kind) ? roles.role(row.get("node"), row.get("lists"))
						: this.mapper.node(row.get("node"), TYPES.get(kind));
				return new SearchHit(SearchKind.valueOf(kind.toUpperCase(Locale.ROOT)), row.get("score").asDouble(), node);
			}));
		return roles.answer(hits);
	}

	/**
	 * A Lucene query built only from the words of the text, so no Lucene syntax a user types is interpreted: each
	 * distinct word matches exactly (boosted), as a prefix while typing, and, from four letters on, with typos.
	 * Typos are looked for only in words of at most {@value #MAX_FUZZY_WORD} letters: the edit-distance automaton of
	 * a long word costs the index far more than it can find (200 letters: 0.2-2 s), and no label has such words.
	 * Prefixes of words longer than {@value #MAX_PREFIX_WORD} letters are not expanded.
	 */
	static String lucene(String text) {
		return WORD.matcher(text.toLowerCase(Locale.ROOT))
			.results()
			.map(match -> match.group())
			.distinct()
			.limit(SearchService.MAX_WORDS)
			.map(SearchGraph::clause)
			.collect(Collectors.joining(" OR "));
	}

	private static String clause(String word) {
		StringBuilder clause = new StringBuilder("(").append(word).append("^3");
		if (word.length() <= MAX_PREFIX_WORD) {
			clause.append(" OR ").append(word).append('*');
		}
		if (word.length() >= 4 && word.length() <= MAX_FUZZY_WORD) {
			clause.append(" OR ").append(word).append('~');
		}
		return clause.append(')').toString();
	}

}
