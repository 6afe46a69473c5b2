package dev.rolegraph.insight;

import java.util.List;

import dev.rolegraph.api.Arguments;
import dev.rolegraph.insight.Insights.BridgingSkill;
import dev.rolegraph.insight.Insights.Neighborhood;
import dev.rolegraph.insight.Insights.SkillDemand;
import dev.rolegraph.role.RoleRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InsightController {

	private final InsightGraph graph;

	private final RoleRepository roles;

	InsightController(InsightGraph graph, RoleRepository roles) {
		this.graph = graph;
		this.roles = roles;
	}

	@QueryMapping
	List<SkillDemand> skillDemand(@Argument Integer first) {
		return this.graph.skillDemand(Arguments.within("first", first, 1, 100));
	}

	@QueryMapping
	List<BridgingSkill> bridgingSkills(@Argument Integer first) {
		return this.graph.bridgingSkills(Arguments.within("first", first, 1, 100));
	}

	@QueryMapping
	Neighborhood roleNeighborhood(@Argument String id, @Argument Integer depth) {
		int hops = Arguments.within("depth", depth, 1, 3);
		return this.graph.neighborhood(this.roles.require("id", id), hops);
	}

}
