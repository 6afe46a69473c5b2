package dev.rolegraph.seed;

import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** For each article, a meaningful set of the facts it states is in the graph with the right citations. */
class ArticleFactsTest extends ApiTest {

	/** The relationship {@code from -[type]-> to}; {@code type} is a constant of this test. */
	private Record link(String from, String type, String to) {
		try (var session = this.driver.session()) {
			var rows = session.executeRead(tx -> tx.run(
					"MATCH (:Role {id: $from})-[r:%s]->({id: $to}) RETURN r.cites AS cites, r.inferred AS inferred, r.essential AS essential"
						.formatted(type),
					Map.of("from", from, "to", to)).list());
			assertThat(rows).as(from + " " + type + " " + to).hasSize(1);
			return rows.getFirst();
		}
	}

	private List<String> cites(String from, String type, String to) {
		return link(from, type, to).get("cites").asList(Value::asString);
	}

	private List<String> targets(String from, String type) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(
					"MATCH (:Role {id: $from})-[:%s]->(t) RETURN t.id AS id ORDER BY id".formatted(type), Map.of("from", from))
				.list(row -> row.get("id").asString()));
		}
	}

	private Map<String, Object> role(String id) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (r:Role {id: $id}) RETURN properties(r) AS p", Map.of("id", id))
				.single()
				.get("p")
				.asMap());
		}
	}

	@Test
	void article000ManagerAndSpecialistSkillListsAreComplete() {
		assertThat(targets("social-media-manager", "REQUIRES")).contains("marketing", "research", "social-media-platforms",
				"communication", "copywriting", "graphic-design", "creative-thinking");
		assertThat(cites("social-media-manager", "REQUIRES", "copywriting")).contains("000:34");
		assertThat(cites("social-media-manager", "REQUIRES", "research")).containsExactly("000:31");
		assertThat(targets("social-media-specialist", "REQUIRES")).contains("social-media-platforms", "social-media-tools",
				"creative-thinking", "computer-literacy", "graphic-design", "communication", "time-management", "copywriting",
				"storytelling");
		assertThat(cites("social-media-specialist", "REQUIRES", "storytelling")).contains("000:59");
	}

	@Test
	void article000ManagerDutiesToolsAndPlatformsAreCited() {
		assertThat(cites("social-media-manager", "HAS_RESPONSIBILITY", "create-content-plan")).containsExactly("000:22");
		assertThat(cites("social-media-manager", "USES", "instagram-insights")).containsExactly("000:27");
		assertThat(cites("social-media-manager", "USES", "google-analytics")).contains("000:27");
		assertThat(targets("social-media-manager", "WORKS_ON")).containsExactly("facebook", "instagram", "tiktok", "x",
				"youtube");
		assertThat(cites("social-media-manager", "WORKS_ON", "x")).contains("000:6", "000:26");
	}

	@Test
	void article000SpecialistSendsContentToTheManagerForReviewAsAnInferredReportingLine() {
		var line = link("social-media-specialist", "REPORTS_TO", "social-media-manager");
		assertThat(line.get("cites").asList(Value::asString)).containsExactly("000:15");
		assertThat(line.get("inferred").asBoolean()).isTrue();
		assertThat(cites("social-media-specialist", "COLLABORATES_WITH", "video-editor")).containsExactly("000:14");
	}

	@Test
	void article001OfficerNeedsAccountManagementAndUsesNotionAndTrello() {
		assertThat(cites("social-media-officer", "REQUIRES", "account-management")).containsExactly("001:25");
		assertThat(targets("social-media-officer", "USES")).containsExactly("notion", "trello");
		assertThat(cites("social-media-officer", "USES", "trello")).containsExactly("001:25");
		assertThat(targets("social-media-officer", "HAS_RESPONSIBILITY")).contains("schedule-posts", "respond-to-audience",
				"manage-accounts");
	}

	@Test
	void article001StrategistNeedsStrategyDesignAndTrendAnalysis() {
		assertThat(targets("social-media-strategist", "REQUIRES")).containsExactly("communication", "creative-thinking",
				"data-analysis", "strategy-design", "trend-analysis");
		assertThat(cites("social-media-strategist", "REQUIRES", "strategy-design")).containsExactly("001:33");
		assertThat(cites("social-media-strategist", "COLLABORATES_WITH", "creative-team")).containsExactly("001:19");
	}

	@Test
	void article001OfficerToSpecialistIsAnInferredCareerStep() {
		var step = link("social-media-officer", "PROGRESSES_TO", "social-media-specialist");
		assertThat(step.get("inferred").asBoolean()).isTrue();
		assertThat(step.get("cites").asList(Value::asString)).contains("001:49");
		assertThat(role("social-media-officer")).containsEntry("seniorityRank", 1L).containsEntry("seniorityInferred", true);
	}

	@Test
	void article002StrategistIsAtAHigherLevelThanTheSpecialist() {
		assertThat(role("social-media-strategist")).containsEntry("seniorityRank", 3L)
			.containsEntry("seniorityCites", List.of("002:9-10"))
			.containsEntry("seniorityInferred", false);
		var step = link("social-media-specialist", "PROGRESSES_TO", "social-media-strategist");
		assertThat(step.get("cites").asList(Value::asString)).containsExactly("002:9");
		assertThat(step.get("inferred").asBoolean()).isTrue();
		assertThat(cites("social-media-strategist", "COLLABORATES_WITH", "top-management")).containsExactly("002:9");
		assertThat(cites("social-media-specialist", "HAS_RESPONSIBILITY", "daily-operations")).contains("002:6");
	}

	@Test
	void article003SpecialistSalaryIsFiveToEightMillionRupiahAMonthPerJobstreet() {
		assertThat(role("social-media-specialist")).containsEntry("salaryMin", 5_000_000L)
			.containsEntry("salaryMax", 8_000_000L)
			.containsEntry("salaryCurrency", "IDR")
			.containsEntry("salaryPeriod", "MONTH")
			.containsEntry("salaryRegion", "Indonesia")
			.containsEntry("salaryCites", List.of("003:17"));
		assertThat((String) role("social-media-specialist").get("salaryReportedBy")).startsWith("Jobstreet");
	}

	@Test
	void article003SpecialistReportsToMarketingOrBrandManagerAndWorksWithCreatives() {
		for (String manager : List.of("marketing-manager", "brand-manager")) {
			var line = link("social-media-specialist", "REPORTS_TO", manager);
			assertThat(line.get("cites").asList(Value::asString)).containsExactly("003:9");
			assertThat(line.get("inferred").asBoolean()).isFalse();
		}
		assertThat(targets("social-media-specialist", "COLLABORATES_WITH")).contains("content-writer", "graphic-designer",
				"photographer");
	}

	@Test
	void article003PaidAdvertisingIsOptionalAndTheSpecialistToManagerStepCitesLine86() {
		var paid = link("social-media-specialist", "REQUIRES", "paid-social-advertising");
		assertThat(paid.get("essential").asBoolean()).isFalse();
		assertThat(paid.get("cites").asList(Value::asString)).containsExactly("003:33");
		assertThat(cites("social-media-specialist", "USES", "hootsuite")).containsExactly("003:72");
		assertThat(cites("social-media-specialist", "PROGRESSES_TO", "social-media-manager")).containsExactly("003:86");
		assertThat(role("social-media-manager")).containsEntry("seniorityCites", List.of("003:86"));
		assertThat(targets("social-media-specialist", "WORKS_ON")).contains("linkedin", "quora");
	}

	@Test
	void article004CommunityManagerNeedsEmpathyAndUsesPersonalAccounts() {
		assertThat(targets("community-manager", "REQUIRES")).containsExactly("audience-understanding", "communication",
				"empathy", "social-media-platforms", "trend-awareness");
		assertThat(cites("community-manager", "REQUIRES", "empathy")).containsExactly("004:53");
		assertThat(role("community-manager")).containsEntry("accountPracticeCites", List.of("004:71-75"))
			.containsEntry("audienceCites", List.of("004:95"));
		assertThat(role("social-media-manager")).containsEntry("accountPracticeCites", List.of("004:69"))
			.containsEntry("audienceCites", List.of("004:91-93"));
		assertThat(cites("community-manager", "REQUIRES", "communication")).containsExactly("004:57");
	}

	@Test
	void everyFactCarriesACitationAndEveryRoleNameExistsInBothLanguages() {
		assertThat(count("MATCH ()-[r]->() WHERE r.cites IS NULL OR size(r.cites) = 0 RETURN count(r)")).isZero();
		assertThat(count("MATCH (n) WHERE (n:Role OR n:Skill OR n:Tool OR n:Platform OR n:Responsibility) "
				+ "AND (trim(coalesce(n.nameEn, '')) = '' OR trim(coalesce(n.nameId, '')) = '') RETURN count(n)")).isZero();
	}

	@Test
	void theApiShowsEachFactWithItsSourceAndLine() {
		this.graphQl.document("""
				{ role(id: "social-media-specialist") {
				    salary { min max currency citations { lines inferred source { file publisher } } }
				    nextSteps { role { id } inferred citations { sourceId lines } } } }""")
			.execute()
			.path("role.salary.citations[0].source.file")
			.entity(String.class)
			.isEqualTo("003_5b2ce9500afcaee6.txt")
			.path("role.salary.citations[0].lines")
			.entity(String.class)
			.isEqualTo("17")
			.path("role.nextSteps[?(@.role.id == 'social-media-manager')].citations[0].lines")
			.entityList(String.class)
			.containsExactly("86");
	}

}
