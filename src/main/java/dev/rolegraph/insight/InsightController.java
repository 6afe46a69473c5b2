package dev.rolegraph.insight;

import java.util.List;

import dev.rolegraph.api.NotFoundException;
import dev.rolegraph.insight.Insights.BridgingSkill;
import dev.rolegraph.insight.Insights.Neighborhood;
import dev.rolegraph.insight.Insights.RolePair;
import dev.rolegraph.insight.Insights.SkillDemand;
import dev.rolegraph.role.RoleLists;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class InsightController {

	private final InsightGraph graph;

	InsightController(InsightGraph graph) {
		this.graph = graph;
	}

	@QueryMapping
	DataFetcherResult<List<SkillDemand>> skillDemand(@Argument Integer first, DataFetchingFieldSelectionSet selection) {
		return this.graph.skillDemand(first, selection.contains("requiredBy"),
				RoleLists.selected(selection, "requiredBy/"));
	}

	@QueryMapping
	DataFetcherResult<List<BridgingSkill>> bridgingSkills(@Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		// The pairs' own argument is read here, so that they come in the skills' statement.
		int pairs = 0;
		for (SelectedField field : selection.getFields("pairs")) {
			pairs = Math.max(pairs, (Integer) field.getArguments().get("first"));
		}
		return this.graph.bridgingSkills(first, pairs,
				RoleLists.selected(selection, "pairs/a/", "pairs/b/"));
	}

	/** The statement read as many pairs as the largest {@code first} asked for; each selection gets its own. */
	@SchemaMapping
	List<RolePair> pairs(BridgingSkill skill, @Argument Integer first) {
		return skill.pairs().subList(0, Math.min(first, skill.pairs().size()));
	}

	@QueryMapping
	Neighborhood roleNeighborhood(@Argument String id, @Argument Integer depth) {
		return this.graph.neighborhood(id, depth)
			.orElseThrow(() -> new NotFoundException("id", "role", id));
	}

}
