package dev.rolegraph.insight;

import java.util.List;

import dev.rolegraph.api.Arguments;
import dev.rolegraph.api.NotFoundException;
import dev.rolegraph.insight.Insights.BridgingSkill;
import dev.rolegraph.insight.Insights.Neighborhood;
import dev.rolegraph.insight.Insights.SkillDemand;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InsightController {

	private final InsightGraph graph;

	InsightController(InsightGraph graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<SkillDemand> skillDemand(@Argument Integer first, DataFetchingFieldSelectionSet selection) {
		return this.graph.skillDemand(Arguments.within("first", first, 1, 100), selection.contains("requiredBy"));
	}

	@QueryMapping
	List<BridgingSkill> bridgingSkills(@Argument Integer first) {
		return this.graph.bridgingSkills(Arguments.within("first", first, 1, 100));
	}

	@QueryMapping
	Neighborhood roleNeighborhood(@Argument String id, @Argument Integer depth) {
		return this.graph.neighborhood(Arguments.required("id", id), Arguments.within("depth", depth, 1, InsightGraph.MAX_DEPTH))
			.orElseThrow(() -> new NotFoundException("id", "role", id));
	}

}
