package dev.rolegraph.career;

import java.util.List;

import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.ReportingChain;
import dev.rolegraph.career.Answers.RoleComparison;
import dev.rolegraph.career.Answers.RoleMatch;
import dev.rolegraph.career.Answers.SimilarRole;
import dev.rolegraph.career.Answers.SkillGap;
import dev.rolegraph.i18n.Lang;
import dev.rolegraph.i18n.Localized;
import graphql.execution.DataFetcherResult;

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
	DataFetcherResult<RoleComparison> compareRoles(@Argument String a, @Argument String b, @Argument Lang lang) {
		return Localized.in(lang, this.career.compareRoles(a, b));
	}

	@QueryMapping
	DataFetcherResult<SkillGap> skillGap(@Argument String to, @Argument String from, @Argument List<String> have,
			@Argument Lang lang) {
		return Localized.in(lang, this.career.skillGap(to, from, have));
	}

	@QueryMapping
	DataFetcherResult<List<CareerPath>> careerPaths(@Argument String from, @Argument String to,
			@Argument Integer maxSteps, @Argument Integer first, @Argument Boolean includeInferred, @Argument Lang lang) {
		return Localized.in(lang, this.career.careerPaths(from, to, maxSteps, first, includeInferred));
	}

	@QueryMapping
	DataFetcherResult<List<SimilarRole>> similarRoles(@Argument String id, @Argument Integer first, @Argument Lang lang) {
		return Localized.in(lang, this.career.similarRoles(id, first));
	}

	@QueryMapping
	DataFetcherResult<List<RoleMatch>> matchRoles(@Argument List<String> have, @Argument Integer first,
			@Argument Lang lang) {
		return Localized.in(lang, this.career.matchRoles(have, first));
	}

	@QueryMapping
	DataFetcherResult<ReportingChain> reportingChain(@Argument String id, @Argument Lang lang) {
		return Localized.in(lang, this.career.reportingChain(id));
	}

}
