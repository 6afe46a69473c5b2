package dev.rolegraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.rolegraph.ApiTest;
import dev.rolegraph.DriverSessions;
import dev.rolegraph.role.RoleRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AccessMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root field of the public schema is answered by one Cypher statement, whatever the client selects below it:
 * against a remote database each statement is a network round trip.
 */
class OneStatementPerRootFieldTest extends ApiTest {

	@Autowired
	RoleRepository roles;

	/** Every root field of the public schema, with lists selected below it wherever it has roles. */
	static List<String> rootFields() {
		return List.of("{ role(id: \"social-media-manager\") { id skills { skill { id } } tools { tool { id } } responsibilities { responsibility { id } } platforms { platform { id } } reportsTo { role { id } } } }",
			"{ roles(first: 3) { totalCount edges { cursor node { id skills { skill { id } } } } pageInfo { hasNextPage endCursor } } }",
			"{ roles(kind: TEAM, first: 2) { edges { node { id name directReports { role { id } } } } } }",
			"{ skill(id: \"communication\") { id name aliases } }",
			"{ skills(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage } } }",
			"{ tools(first: 5) { totalCount edges { node { id } } } }",
			"{ platforms(first: 5) { totalCount edges { node { id } } } }",
			"{ responsibilities(first: 5) { totalCount edges { node { id } } } }",
			"{ sources { id } }",
			"{ compareRoles(a: \"social-media-manager\", b: \"social-media-officer\") { sharedSkills { skill { id } } a { skills { skill { id } } } b { tools { tool { id } } } } }",
			"{ skillGap(to: \"social-media-strategist\", from: \"social-media-officer\") { coverage target { reportsTo { role { id } } } from { skills { skill { id } } } missing { skill { id } heldBy { id tools { tool { id } } } } } }",
			"{ careerPaths(from: \"social-media-officer\", to: \"social-media-strategist\") { newSkills steps { role { id skills { skill { id } } tools { tool { id } } reportsTo { role { id } } } } } }",
			"{ similarRoles(id: \"social-media-officer\") { role { id skills { skill { id } } } } }",
			"{ matchRoles(have: [\"communication\", \"copywriting\"]) { role { id platforms { platform { id } } } missing { skill { id } } } }",
			"{ reportingChain(id: \"social-media-specialist\") { role { nextSteps { role { id } } } above { role { id skills { skill { id } } } via { collaboratesWith { role { id } } } } } }",
			"{ skillDemand(first: 3) { skill { id } requiredBy { id responsibilities { responsibility { id } } } } }",
			"{ bridgingSkills(first: 3) { skill { id } pairs { a { id skills { skill { id } } } b { directReports { role { id } } } } } }",
			"{ roleNeighborhood(id: \"social-media-officer\") { nodes { id } } }",
			"{ search(text: \"community\") { kind score node { ... on Role { id skills { skill { id } } } } } }");
	}

	@ParameterizedTest
	@MethodSource("rootFields")
	void eachRootFieldIsOneStatement(String document) {
		List<String> statements = statementsWhile(() -> this.graphQl.document(document).execute());
		assertThat(statements).as(document).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("rootFields")
	void eachRootFieldReadsInReadSessionsThatItCloses(String document) {
		var sessions = DriverSessions.openedWhile(() -> this.graphQl.document(document).execute());
		assertThat(sessions).as(document).isNotEmpty().allSatisfy(session -> {
			assertThat(session.mode()).isEqualTo(AccessMode.READ);
			assertThat(session.closed()).isTrue();
		});
	}

	/** The root fields answered by the graph classes' one statement, read through GraphReads. */
	static List<String> questions() {
		return rootFields().stream().filter(document -> !document.startsWith("{ skill(") && !document.startsWith("{ sources"))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("questions")
	void eachQuestionIsOneRoundTripWithoutATransactionOfItsOwn(String document) {
		var sessions = DriverSessions.openedWhile(() -> this.graphQl.document(document).execute());
		assertThat(sessions).as(document).isNotEmpty().allSatisfy(session -> {
			assertThat(session.mode()).isEqualTo(AccessMode.READ);
			assertThat(session.began()).as("BEGIN and COMMIT are two round trips more").isFalse();
		});
	}

	@Test
	void aFailingFieldBesideAnAnsweringOneLeavesNoSessionOpen() {
		var sessions = DriverSessions.openedWhile(() -> this.graphQl
			.document("{ role(id: \"astronaut\") { id skills { skill { id } } } roles(first: 2) { edges { node { id tools { tool { id } } } } } }")
			.execute()
			.errors()
			.expect(error -> error.getMessage().contains("astronaut"))
			.verify()
			.path("roles.edges")
			.entityList(Object.class)
			.hasSize(2));
		assertThat(sessions).hasSizeGreaterThanOrEqualTo(2).allSatisfy(session -> assertThat(session.closed()).isTrue());
	}

	@Test
	void aReadFromAnotherThreadGetsItsOwnReadSession() {
		var sessions = DriverSessions.openedWhile(() -> assertThat(
				CompletableFuture.supplyAsync(() -> this.roles.findRole("social-media-officer")).join()).isPresent());
		assertThat(sessions).singleElement().satisfies(session -> {
			assertThat(session.mode()).isEqualTo(AccessMode.READ);
			assertThat(session.closed()).isTrue();
		});
	}

	@Test
	void aMutationWritesInAWriteSession() {
		// Refused inside its transaction (no such tool), so the shared database is left as it was.
		var sessions = DriverSessions.openedWhile(() -> as("curator")
			.document("mutation { link(input: {from: \"social-media-officer\", type: USES, to: \"no-such-tool\", "
					+ "evidence: {sourceId: \"001\", lines: \"25\"}}) { errors { code } } }")
			.execute()
			.path("link.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND"));
		assertThat(sessions).anySatisfy(session -> assertThat(session.mode()).isEqualTo(AccessMode.WRITE))
			.allSatisfy(session -> assertThat(session.closed()).isTrue());
	}

	/** What the role page shows of a role's lists, to compare with the same role inside another answer. */
	private static final String LISTS = """
			id skills { skill { id } essential inferred note citations { sourceId lines } }
			responsibilities { responsibility { id } citations { lines } } tools { tool { id } citations { lines } }
			platforms { platform { id } } reportsTo { role { id } inferred } directReports { role { id } }
			collaboratesWith { role { id } } nextSteps { role { id } } previousSteps { role { id } }""";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{ compareRoles(a: \"social-media-manager\", b: \"social-media-officer\") { b { %s } } } | compareRoles.b",
			"{ skillGap(to: \"social-media-strategist\", from: \"social-media-officer\") { target { %s } } } | skillGap.target",
			"{ skillGap(to: \"social-media-strategist\", have: [\"communication\"]) { missing { heldBy { %s } } } } | skillGap.missing[0].heldBy[0]",
			"{ similarRoles(id: \"social-media-officer\", first: 1) { role { %s } } } | similarRoles[0].role",
			"{ matchRoles(have: [\"copywriting\"], first: 1) { role { %s } } } | matchRoles[0].role",
			"{ reportingChain(id: \"social-media-specialist\") { above { via { %s } } } } | reportingChain.above[0].via",
			"{ skillDemand(first: 1) { requiredBy { %s } } } | skillDemand[0].requiredBy[0]",
			"{ bridgingSkills(first: 1) { pairs(first: 1) { b { %s } } } } | bridgingSkills[0].pairs[0].b",
			"{ search(text: \"officer\", kinds: [ROLE], first: 1) { node { ... on Role { %s } } } } | search[0].node" })
	void aRoleInsideAnAnswerHasTheListsOfItsOwnPage(String document, String path) {
		Map<String, Object> inAnswer = this.graphQl.document(document.formatted(LISTS))
			.execute()
			.path(path)
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, Object> ownPage = this.graphQl.document("{ role(id: \"%s\") { %s } }".formatted(inAnswer.get("id"), LISTS))
			.execute()
			.path("role")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(inAnswer).isEqualTo(ownPage);
	}

}
