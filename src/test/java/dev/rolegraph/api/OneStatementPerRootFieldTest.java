package dev.rolegraph.api;

import java.util.List;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root field of the public schema is answered by one Cypher statement, whatever the client selects below it:
 * against a remote database each statement is a network round trip.
 */
class OneStatementPerRootFieldTest extends ApiTest {

	@ParameterizedTest
	@ValueSource(strings = {
			"{ role(id: \"social-media-manager\") { id skills { skill { id } } tools { tool { id } } responsibilities { responsibility { id } } platforms { platform { id } } reportsTo { role { id } } } }",
			"{ roles(first: 3) { totalCount edges { cursor node { id skills { skill { id } } } } pageInfo { hasNextPage endCursor } } }",
			"{ roles(kind: TEAM, first: 2) { edges { node { id name directReports { role { id } } } } } }",
			"{ skill(id: \"communication\") { id name aliases } }",
			"{ skills(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage } } }",
			"{ tools(first: 5) { totalCount edges { node { id } } } }",
			"{ platforms(first: 5) { totalCount edges { node { id } } } }",
			"{ responsibilities(first: 5) { totalCount edges { node { id } } } }",
			"{ sources { id } }",
			"{ compareRoles(a: \"social-media-manager\", b: \"social-media-officer\") { sharedSkills { skill { id } } } }",
			"{ skillGap(to: \"social-media-strategist\", from: \"social-media-officer\") { coverage missing { skill { id } } } }",
			"{ careerPaths(from: \"social-media-officer\", to: \"social-media-strategist\") { newSkills steps { role { id skills { skill { id } } tools { tool { id } } reportsTo { role { id } } } } } }",
			"{ similarRoles(id: \"social-media-officer\") { role { id } } }",
			"{ matchRoles(have: [\"communication\", \"copywriting\"]) { role { id } missing { skill { id } } } }",
			"{ reportingChain(id: \"social-media-specialist\") { above { role { id } } } }",
			"{ skillDemand(first: 3) { skill { id } requiredBy { id } } }",
			"{ bridgingSkills(first: 3) { skill { id } pairs { a { id } } } }",
			"{ roleNeighborhood(id: \"social-media-officer\") { nodes { id } } }",
			"{ search(text: \"community\") { kind score } }" })
	void eachRootFieldIsOneStatement(String document) {
		List<String> statements = statementsWhile(() -> this.graphQl.document(document).execute());
		assertThat(statements).as(document).hasSize(1);
	}

}
