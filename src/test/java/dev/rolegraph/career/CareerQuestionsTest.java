package dev.rolegraph.career;

import java.util.List;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** The advisors' and analysts' questions, end to end over HTTP, with exact answers where the seed defines them. */
class CareerQuestionsTest extends ApiTest {

	@Test
	void officerToStrategistNeedsStrategyDesignAndTrendAnalysis() {
		var gap = this.graphQl.document("""
				{ skillGap(to: "social-media-strategist", from: "social-media-officer") {
				    coverage essentialCoverage target { id } from { id }
				    missing { skill { id } essential heldBy { id } citations { sourceId lines } }
				    covered { skill { id } } } }""").execute();
		gap.path("skillGap.missing[*].skill.id").entityList(String.class).containsExactly("strategy-design", "trend-analysis");
		gap.path("skillGap.missing[*].essential").entityList(Boolean.class).containsExactly(true, true);
		gap.path("skillGap.missing[0].citations[0].lines").entity(String.class).isEqualTo("33");
		gap.path("skillGap.covered[*].skill.id").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("communication", "creative-thinking", "data-analysis"));
		gap.path("skillGap.coverage").entity(Double.class).isEqualTo(0.6);
	}

	@Test
	void aGivenSkillSetShowsWhatIsMissingAndWhoHasIt() {
		this.graphQl.document("""
				{ skillGap(to: "community-manager", have: ["communication", "empathy", "trend-awareness"]) {
				    coverage missing { skill { id } heldBy { id } heldByCount } } }""")
			.execute()
			.path("skillGap.coverage").entity(Double.class).isEqualTo(0.6)
			.path("skillGap.missing[0].heldByCount").entity(Integer.class).isEqualTo(2)
			.path("skillGap.missing[*].skill.id").entityList(String.class)
			.containsExactly("audience-understanding", "social-media-platforms")
			.path("skillGap.missing[0].heldBy[*].id").entityList(String.class)
			.containsExactly("social-media-manager", "social-media-specialist");
	}

	@Test
	void officerReachesStrategistThroughSpecialistLearningStrategySkillsLast() {
		var paths = this.graphQl.document("""
				{ careerPaths(from: "social-media-officer", to: "social-media-strategist") {
				    length newSkills
				    steps { role { id } move via inferred learn { id } citations { sourceId lines } } } }""").execute();
		paths.path("careerPaths").entityList(Object.class).hasSize(1);
		paths.path("careerPaths[0].steps[*].role.id").entityList(String.class)
			.containsExactly("social-media-specialist", "social-media-strategist");
		paths.path("careerPaths[0].steps[*].move").entityList(String.class).containsExactly("ADVANCEMENT", "ADVANCEMENT");
		paths.path("careerPaths[0].steps[1].learn[*].id").entityList(String.class)
			.containsExactly("strategy-design", "trend-analysis");
		paths.path("careerPaths[0].steps[1].citations[0].sourceId").entity(String.class).isEqualTo("002");
		paths.path("careerPaths[0].newSkills").entity(Integer.class).isEqualTo(15);
	}

	@Test
	void specialistToManagerIsOneStepCitingArticle003WithTheReportingLineAsItsOtherWay() {
		var paths = this.graphQl.document("""
				{ careerPaths(from: "social-media-specialist", to: "social-media-manager", first: 5) {
				    length steps { role { id } via inferred citations { sourceId lines }
				      ways { via inferred citations { sourceId lines } } } } }""").execute();
		paths.path("careerPaths[0].length").entity(Integer.class).isEqualTo(1);
		paths.path("careerPaths[?(@.length == 1)]").entityList(Object.class).hasSize(1);
		paths.path("careerPaths[0].steps[0].via").entity(String.class).isEqualTo("CAREER_STEP");
		paths.path("careerPaths[0].steps[0].ways[*].via").entityList(String.class)
			.containsExactly("CAREER_STEP", "REPORTING_LINE");
		paths.path("careerPaths[0].steps[0].citations[0].lines").entity(String.class).isEqualTo("86");
		paths.path("careerPaths[0].steps[0].citations[0].sourceId").entity(String.class).isEqualTo("003");
	}

	@Test
	void withoutInferredStepsThereIsNoPathFromOfficerAndThatIsAnEmptyList() {
		this.graphQl.document("""
				{ careerPaths(from: "social-media-officer", to: "social-media-strategist", includeInferred: false) { length } }""")
			.execute()
			.path("careerPaths")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void managerAndSpecialistShareCopywritingAndCommunication() {
		var comparison = this.graphQl.document("""
				{ compareRoles(a: "social-media-manager", b: "social-media-specialist") {
				    skillJaccard sharedSkills { skill { id } citations { sourceId lines } }
				    onlyInA { skill { id } } onlyInB { skill { id } }
				    sharedPlatforms { platform { id } } platformsOnlyInB { platform { id } } } }""").execute();
		comparison.path("compareRoles.sharedSkills[*].skill.id").entityList(String.class).contains("copywriting",
				"communication");
		comparison.path("compareRoles.sharedSkills[?(@.skill.id == 'copywriting')].citations[*].lines")
			.entityList(String.class)
			.contains("34", "58");
		comparison.path("compareRoles.onlyInA[*].skill.id").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("marketing", "research", "content-creation", "business-acumen",
					"continuous-learning", "social-media-enthusiasm"));
		comparison.path("compareRoles.platformsOnlyInB[*].platform.id").entityList(String.class)
			.containsExactly("linkedin", "quora");
		comparison.path("compareRoles.skillJaccard").entity(Double.class).satisfies(jaccard -> assertThat(jaccard)
			.isCloseTo(11.0 / 25.0, org.assertj.core.data.Offset.offset(1e-9)));
	}

	@Test
	void theRoleMostLikeTheOfficerIsTheSpecialistExplainedBySharedSkills() {
		this.graphQl.document("""
				{ similarRoles(id: "social-media-officer", first: 2) { role { id } score sharedSkills { id } } }""")
			.execute()
			.path("similarRoles[*].role.id").entityList(String.class)
			.containsExactly("social-media-specialist", "social-media-manager")
			.path("similarRoles[0].sharedSkills[*].id").entityList(String.class)
			.containsExactly("communication", "copywriting", "creative-thinking", "data-analysis",
					"social-media-platforms", "social-media-tools");
	}

	@Test
	void empathyCommunicationAndTrendsFitTheCommunityManagerBest() {
		this.graphQl.document("""
				{ matchRoles(have: ["empathy", "communication", "trend-awareness"], first: 2) {
				    role { id } essentialCoverage covered { id } missing { skill { id } essential } } }""")
			.execute()
			.path("matchRoles[0].role.id").entity(String.class).isEqualTo("community-manager")
			.path("matchRoles[0].essentialCoverage").entity(Double.class).isEqualTo(0.6)
			.path("matchRoles[0].missing[*].skill.id").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("audience-understanding", "social-media-platforms"));
	}

	@Test
	void theSpecialistReportsToMarketingBrandAndSocialMediaManagers() {
		this.graphQl.document("""
				{ reportingChain(id: "social-media-specialist") { above { role { id } depth inferred } below { role { id } } }
				  managers: reportingChain(id: "marketing-manager") { below { role { id } depth } } }""")
			.execute()
			.path("reportingChain.above[*].role.id").entityList(String.class)
			.containsExactly("brand-manager", "marketing-manager", "social-media-manager")
			.path("reportingChain.above[*].inferred").entityList(Boolean.class).containsExactly(false, false, true)
			.path("reportingChain.below").entityList(Object.class).hasSize(0)
			.path("managers.below[*].role.id").entityList(String.class).containsExactly("social-media-specialist");
	}

	@Test
	void communicationIsTheMostDemandedAndTheOnlyBridgeBetweenStrategistAndCommunityManager() {
		this.graphQl.document("""
				{ skillDemand(first: 1) { skill { id } roles essentialRoles requiredBy { id } }
				  bridgingSkills { skill { id } bridgedPairs pairs { a { id } b { id } } } }""")
			.execute()
			.path("skillDemand[0].skill.id").entity(String.class).isEqualTo("communication")
			.path("skillDemand[0].roles").entity(Integer.class).isEqualTo(5)
			.path("bridgingSkills[*].skill.id").entityList(String.class).containsExactly("communication")
			.path("bridgingSkills[0].pairs[0].a.id").entity(String.class).isEqualTo("community-manager")
			.path("bridgingSkills[0].pairs[0].b.id").entity(String.class).isEqualTo("social-media-strategist");
	}

	@Test
	void theOfficersNeighbourhoodIsReadyToDraw() {
		var graph = this.graphQl.document("""
				{ roleNeighborhood(id: "social-media-officer", depth: 1) {
				    nodes { id kind name(lang: ID) } edges { source target type inferred citations { lines } } } }""").execute();
		graph.path("roleNeighborhood.nodes").entityList(Object.class).hasSize(1 + 9 + 8 + 2 + 2);
		graph.path("roleNeighborhood.edges").entityList(Object.class).hasSize(9 + 8 + 2 + 3);
		graph.path("roleNeighborhood.nodes[?(@.id == 'account-management')].name").entityList(String.class)
			.containsExactly("Manajemen akun media sosial");
	}

	@Test
	void searchToleratesTyposWordFormsAndBothLanguages() {
		this.graphQl.document("{ search(text: \"copywritng\") { kind node { ... on Skill { id } } } }")
			.execute()
			.path("search[0].node.id").entity(String.class).isEqualTo("copywriting");
		this.graphQl.document("{ search(text: \"writers\", kinds: [ROLE]) { kind node { ... on Role { id } } } }")
			.execute()
			.path("search[*].node.id").entityList(String.class).containsExactly("content-writer");
		this.graphQl.document("{ search(text: \"menulis\", kinds: [SKILL]) { node { ... on Skill { id name(lang: ID) } } } }")
			.execute()
			.path("search[0].node.id").entity(String.class).isEqualTo("writing")
			.path("search[0].node.name").entity(String.class).isEqualTo("Menulis");
		this.graphQl.document("{ search(text: \"manajer\", kinds: [ROLE]) { node { ... on Role { id } } } }")
			.execute()
			.path("search[*].node.id").entityList(String.class).contains("social-media-manager", "brand-manager");
	}

	@Test
	void luceneSyntaxInSearchTextIsNeverInterpreted() {
		this.graphQl.document("{ search(text: \"name:x~ AND (\") { kind } }").execute().errors().verify();
		this.graphQl.document("{ search(text: \"*:*\") { kind } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && "text".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void aMadeUpRoleIdIsNotFoundNamingTheArgument() {
		for (String query : new String[] { "{ role(id: \"astronaut\") { id } }",
				"{ compareRoles(a: \"social-media-officer\", b: \"astronaut\") { skillJaccard } }",
				"{ careerPaths(from: \"social-media-officer\", to: \"astronaut\") { length } }" }) {
			String argument = query.contains("compareRoles") ? "b" : query.contains("careerPaths") ? "to" : "id";
			this.graphQl.document(query)
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
						&& argument.equals(error.getExtensions().get("argument")) && error.getMessage().contains("astronaut"))
				.verify();
		}
		this.graphQl.document("{ skillGap(to: \"social-media-officer\", have: [\"juggling\"]) { coverage } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND && "have".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void contradictoryOrOutOfRangeArgumentsAreBadRequests() {
		String[][] cases = { { "{ skillGap(to: \"social-media-officer\") { coverage } }", "from" },
				{ "{ skillGap(to: \"social-media-officer\", from: \"community-manager\", have: [\"empathy\"]) { coverage } }", "have" },
				{ "{ careerPaths(from: \"social-media-officer\", to: \"social-media-manager\", maxSteps: 9) { length } }", "maxSteps" },
				{ "{ careerPaths(from: \"social-media-officer\", to: \"social-media-manager\", maxSteps: 0) { length } }", "maxSteps" },
				{ "{ careerPaths(from: \"social-media-officer\", to: \"social-media-officer\") { length } }", "to" },
				{ "{ compareRoles(a: \"social-media-officer\", b: \"social-media-officer\") { skillJaccard } }", "b" },
				{ "{ roles(first: 101) { edges { node { id } } } }", "first" },
				{ "{ matchRoles(have: []) { essentialCoverage } }", "have" } };
		for (String[] c : cases) {
			this.graphQl.document(c[0])
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && c[1].equals(error.getExtensions().get("argument")))
				.verify();
		}
	}

	@Test
	void managerAndSpecialistAreComparedInOneStatement() {
		List<String> statements = statementsWhile(() -> this.graphQl
			.document("""
					{ compareRoles(a: "social-media-manager", b: "social-media-specialist") {
					    a { id } skillJaccard sharedSkills { skill { id } } platformsOnlyInB { platform { id } } } }""")
			.execute()
			.path("compareRoles.sharedSkills")
			.entityList(Object.class)
			.hasSize(11)
			.path("compareRoles.platformsOnlyInB[*].platform.id")
			.entityList(String.class)
			.containsExactly("linkedin", "quora"));
		assertThat(statements).hasSize(1);
	}

	@Test
	void anUnknownSecondRoleIsNotFoundNamingB() {
		this.graphQl.document("{ compareRoles(a: \"social-media-manager\", b: \"astronaut\") { skillJaccard } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
					&& error.getExtensions().get("argument").equals("b"))
			.verify()
			.path("compareRoles")
			.valueIsNull();
	}

	@Test
	void officerToStrategistGapIsOneStatement() {
		List<String> statements = statementsWhile(() -> this.graphQl
			.document("""
					{ skillGap(to: "social-media-strategist", from: "social-media-officer") {
					    coverage target { id } from { id } missing { skill { id } heldByCount heldBy { id } } } }""")
			.execute()
			.path("skillGap.missing[*].skill.id")
			.entityList(String.class)
			.containsExactly("strategy-design", "trend-analysis"));
		assertThat(statements).hasSize(1);
	}

	@Test
	void aGapFromUnknownSkillsIsNotFoundNamingHaveAndEachUnknownId() {
		this.graphQl.document("{ skillGap(to: \"social-media-strategist\", have: [\"copywriting\", \"juggling\"]) { coverage } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND && error.getMessage().contains("juggling")
					&& error.getExtensions().get("argument").equals("have"))
			.verify();
	}

	@Test
	void officerToStrategistPathsAreOneStatement() {
		List<String> statements = statementsWhile(() -> this.graphQl
			.document("""
					{ careerPaths(from: "social-media-officer", to: "social-media-strategist") {
					    length newSkills steps { role { id } learn { id } } } }""")
			.execute()
			.path("careerPaths[0].steps[*].role.id")
			.entityList(String.class)
			.containsExactly("social-media-specialist", "social-media-strategist"));
		assertThat(statements).hasSize(1);
	}

	@Test
	void chainNeighbourhoodAndSkillDemandAreOneStatementEach() {
		for (String[] c : new String[][] {
				{ "{ reportingChain(id: \"social-media-specialist\") { role { id } above { role { id } } below { depth } } }",
						"reportingChain.role.id" },
				{ "{ roleNeighborhood(id: \"social-media-officer\", depth: 2) { center { id } nodes { id } edges { type } } }",
						"roleNeighborhood.center.id" },
				{ "{ skillDemand(first: 3) { skill { id } roles essentialRoles requiredBy { id } } }", "skillDemand[0].skill.id" } }) {
			List<String> statements = statementsWhile(
					() -> this.graphQl.document(c[0]).execute().path(c[1]).entity(String.class).isNotEqualTo(""));
			assertThat(statements).as(c[0]).hasSize(1);
		}
		for (String document : List.of("{ reportingChain(id: \"astronaut\") { above { depth } } }",
				"{ roleNeighborhood(id: \"astronaut\") { nodes { id } } }")) {
			this.graphQl.document(document)
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
						&& error.getExtensions().get("argument").equals("id") && error.getMessage().contains("astronaut"))
				.verify();
		}
	}

	@Test
	void aPathStepsRoleListsAreTheRolesOwnReadInThePathsStatement() {
		var answer = this.graphQl.document("""
				{ careerPaths(from: "social-media-officer", to: "social-media-strategist") {
				    steps { role { id skills { essential skill { id } } tools { tool { id } } reportsTo { role { id } } } } }
				  role(id: "social-media-specialist") {
				    skills { essential skill { id } } tools { tool { id } } reportsTo { role { id } } } }""").execute();
		answer.path("careerPaths[0].steps[0].role.id").entity(String.class).isEqualTo("social-media-specialist");
		for (String list : List.of("skills", "tools", "reportsTo")) {
			Object viaPath = answer.path("careerPaths[0].steps[0].role." + list).entity(Object.class).get();
			answer.path("role." + list).entity(Object.class).isEqualTo(viaPath);
		}
		answer.path("careerPaths[0].steps[0].role.skills").entityList(Object.class).hasSizeGreaterThan(3);
	}

	@Test
	void rolesLikeTheOfficerAreFoundInOneStatementFromItsOwnSkillsToolsAndDuties() {
		List<String> statements = statementsWhile(() -> this.graphQl
			.document("{ similarRoles(id: \"social-media-officer\", first: 2) { role { id } score } }")
			.execute()
			.path("similarRoles[*].role.id")
			.entityList(String.class)
			.containsExactly("social-media-specialist", "social-media-manager"));
		assertThat(statements).hasSize(1);
		this.graphQl.document("{ similarRoles(id: \"astronaut\") { score } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND && error.getExtensions().get("argument").equals("id"))
			.verify();
	}

}
