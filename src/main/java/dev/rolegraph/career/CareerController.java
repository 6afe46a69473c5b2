package dev.rolegraph.career;

import java.util.List;

import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.CareerRoute;
import dev.rolegraph.career.Answers.MoveKind;
import dev.rolegraph.career.Answers.ReportingChain;
import dev.rolegraph.career.Answers.RoleComparison;
import dev.rolegraph.career.Answers.RoleMatch;
import dev.rolegraph.career.Answers.SimilarRole;
import dev.rolegraph.career.Answers.SkillGap;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CareerController {

	private final CareerService career;

	CareerController(CareerService career) {
		this.career = career;
	}

	@QueryMapping
	DataFetcherResult<RoleComparison> compareRoles(@Argument String a, @Argument String b, DataFetchingFieldSelectionSet selection) {
		return this.career.compareRoles(a, b, selection);
	}

	@QueryMapping
	DataFetcherResult<SkillGap> skillGap(@Argument String to, @Argument String from, @Argument List<String> have,
			DataFetchingFieldSelectionSet selection) {
		return this.career.skillGap(to, from, have, selection);
	}

	@QueryMapping
	DataFetcherResult<List<CareerPath>> careerPaths(@Argument String from, @Argument String to,
			@Argument Integer maxSteps, @Argument Integer first, @Argument Boolean includeInferred,
			@Argument List<MoveKind> moves, DataFetchingFieldSelectionSet selection) {
		return this.career.careerPaths(from, to, maxSteps, first, includeInferred, moves, selection);
	}

	@QueryMapping
	DataFetcherResult<CareerRoute> careerRoute(@Argument String from, @Argument String to, @Argument Integer maxSteps,
			@Argument Integer first, @Argument List<MoveKind> moves, DataFetchingFieldSelectionSet selection) {
		return this.career.careerRoute(from, to, maxSteps, first, moves, selection);
	}

	@QueryMapping
	DataFetcherResult<List<SimilarRole>> similarRoles(@Argument String id, @Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.career.similarRoles(id, first, selection);
	}

	@QueryMapping
	DataFetcherResult<List<RoleMatch>> matchRoles(@Argument List<String> have, @Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.career.matchRoles(have, first, selection);
	}

	@QueryMapping
	DataFetcherResult<ReportingChain> reportingChain(@Argument String id, DataFetchingFieldSelectionSet selection) {
		return this.career.reportingChain(id, selection);
	}

}
