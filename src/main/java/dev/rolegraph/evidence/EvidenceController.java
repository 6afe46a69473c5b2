package dev.rolegraph.evidence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class EvidenceController {

	private final SourceRepository sources;

	EvidenceController(SourceRepository sources) {
		this.sources = sources;
	}

	@QueryMapping
	List<Source> sources() {
		return this.sources.findAllByOrderById();
	}

	/** All citations of one request share a single look-up of their sources. */
	@BatchMapping(typeName = "Citation")
	Map<Citation, Source> source(Set<Citation> citations) {
		Set<String> ids = citations.stream().map(Citation::sourceId).collect(Collectors.toSet());
		Map<String, Source> byId = this.sources.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Source::id, Function.identity()));
		return citations.stream()
			.filter(citation -> byId.containsKey(citation.sourceId()))
			.collect(Collectors.toMap(Function.identity(), citation -> byId.get(citation.sourceId())));
	}

}
