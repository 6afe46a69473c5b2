package dev.rolegraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Asks every question once, in the background, as soon as the application is ready: the first call of a question
 * after a start otherwise pays for planning its Cypher statement and for compiling the code on its way (measured:
 * 1.5 s for the first search, 1.8 s for the first eight-step career path search, 2.9 s for the explorer's first
 * question, against 10-80 ms afterwards). Each statement is planned once per process and the plan is kept, so
 * afterwards no client's question pays for it. The questions run through the GraphQL service with the limits, on
 * roles and skills of the graph itself; an empty graph has nothing to warm. Only where a web server runs (not for
 * {@code import esco}).
 */
@Component
class WarmUp implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private static final String IDS = "{ roles(kind: ROLE, first: 2) { edges { node { id } } } "
			+ "skills(first: 3) { edges { node { id } } } }";

	/** Every question with every statement it may run. */
	static List<String> questions() {
		List<String> questions = new ArrayList<>(List.of("""
				query($a: ID!) { role(id: $a) { id name description skills { essential skill { id name } citations { sourceId } }
				  tools { tool { id } } responsibilities { responsibility { id } } platforms { platform { id } }
				  reportsTo { role { id } } directReports { role { id } } collaboratesWith { role { id } }
				  nextSteps { role { id } } previousSteps { role { id } } sameAs { role { id } } } }""",
				"""
				query($a: ID!, $b: ID!) { compareRoles(a: $a, b: $b) { skillJaccard sharedSkills { skill { id } }
				  onlyInA { skill { id } } sharedTools { tool { id } } sharedResponsibilities { responsibility { id } }
				  sharedPlatforms { platform { id } } } }""",
				"""
				query($a: ID!, $b: ID!, $skills: [ID!]) { fromRole: skillGap(to: $a, from: $b) { coverage
				  missing { skill { id } heldBy { id } heldByCount } covered { skill { id } } }
				  fromSkills: skillGap(to: $a, have: $skills) { coverage missing { skill { id } } } }""",
				"""
				query($a: ID!, $skills: [ID!]!) { similarRoles(id: $a) { role { id } score sharedRequirements { skill { id } } moveScore }
				  matchRoles(have: $skills) { role { id } essentialCoverage } reportingChain(id: $a) { above { role { id } } below { role { id } } }
				  near: roleNeighborhood(id: $a) { nodes { id } } far: roleNeighborhood(id: $a, depth: 2) { nodes { id } } }""",
				"""
				{ search(text: "social media strategy") { kind score } skillDemand { skill { id } requiredBy { id } }
				  bridgingSkills { skill { id } pairs { a { id } } } sources { id } }""",
				"""
				{ roles { edges { node { id skills { skill { id } } } } } skills { edges { node { id } } }
				  tools { edges { node { id } } } platforms { edges { node { id } } } responsibilities { edges { node { id } } } }"""));
		questions.add("""
				query($a: ID!, $b: ID!) { careerPaths(from: $a, to: $b) { length steps { role { id } } }
				  careerRoute(from: $a, to: $b, maxSteps: 8) { paths { length steps { role { id } ways { via } } }
				  direct { skillsToLearn } closer { role { id } } } }""");
		return questions;
	}

	private final ExecutionGraphQlService graphQl;

	private final boolean enabled;

	/** Questions answered so far, and whether the warm-up has ended (done, skipped or stopped). */
	private volatile int answeredSoFar;

	private volatile boolean ended;

	WarmUp(ExecutionGraphQlService graphQl, @Value("${rolegraph.warm-up.enabled:true}") boolean enabled) {
		this.graphQl = graphQl;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent ready) {
		// Only where a web server runs: the commands (import esco, moves refresh) answer no question.
		if (this.enabled && ready.getApplicationContext() instanceof WebServerApplicationContext) {
			Thread.ofVirtual().name("warm-up").start(this::run);
		}
		else {
			this.ended = true;
		}
	}

	/**
	 * Part of readiness ({@code /actuator/health/readiness}): OUT_OF_SERVICE until the warm-up has ended, so that a
	 * load balancer sends no client the first, slow, call of a question; liveness does not wait for it.
	 */
	@Override
	public Health health() {
		return (this.ended ? Health.up() : Health.outOfService()).withDetail("answered", this.answeredSoFar).build();
	}

	/** Asks every question once; how many were answered without an error. */
	int run() {
		try {
			return askEveryQuestion();
		}
		finally {
			this.ended = true;
		}
	}

	private int askEveryQuestion() {
		long started = System.nanoTime();
		ExecutionGraphQlResponse ids;
		try {
			ids = ask(IDS, Map.of());
		}
		catch (RuntimeException ex) {
			log.info("Warm-up skipped: {}", ex.toString());
			return 0;
		}
		List<String> roles = nodeIds(ids, "roles");
		List<String> skills = nodeIds(ids, "skills");
		if (roles.size() < 2 || skills.isEmpty()) {
			log.info("Warm-up skipped: the graph has fewer than two roles or no skill");
			return 0;
		}
		Map<String, Object> variables = Map.of("a", roles.get(0), "b", roles.get(1), "skills", skills);
		int answered = 0;
		List<String> questions = questions();
		for (String question : questions) {
			ExecutionGraphQlResponse response;
			try {
				response = ask(question, variables);
			}
			catch (RuntimeException ex) {
				// The application is stopping (or the database went away): the warm-up has nothing left to do.
				log.info("Warm-up stopped after {} questions: {}", answered, ex.toString());
				return answered;
			}
			if (response.getErrors().isEmpty()) {
				this.answeredSoFar = ++answered;
			}
			else {
				log.warn("Warm-up question failed: {}", response.getErrors().get(0).getMessage());
			}
		}
		log.info("Warm-up: {} of {} questions answered in {} ms", answered, questions.size(),
				(System.nanoTime() - started) / 1_000_000);
		return answered;
	}

	/** The ids of the nodes of the connection {@code field} in {@code response}; none when it has no page. */
	private static List<String> nodeIds(ExecutionGraphQlResponse response, String field) {
		return response.field(field + ".edges").getValue() instanceof List<?> edges
				? edges.stream().map(edge -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("id"))).toList()
				: List.of();
	}

	private ExecutionGraphQlResponse ask(String document, Map<String, Object> variables) {
		return this.graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, variables, null, "warm-up", null))
			.block();
	}

}
