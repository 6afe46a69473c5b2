package dev.rolegraph.limits;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import dev.rolegraph.api.Pages;
import graphql.normalized.ExecutableNormalizedField;

/**
 * What each question costs, in points of {@value #MS_PER_POINT} ms of server time: its time per call measured over
 * HTTP at x1 (3,000 roles, 14,000 skills, 130,000 REQUIRES), at concurrency 1, with the selection a page asks for
 * ({@code ./mvnw -Pbench verify -Dbench.scales=1 -Dbench.only=costs}; BENCHMARKS.md, "Costs"). A question whose
 * work grows with one argument (a page size, a list of held skills, steps, depth) was measured at several values of
 * it; between two, the cost is read off the straight line through them, and outside them the nearest is taken.
 * Every other field costs one point: a field inside an answer takes microseconds, so for wide answers the budget
 * is a bound on width rather than time, and for the questions, which make up most of a request's time, it is
 * their time. Whether a request is heavy (the bulkhead) is judged on its questions' time alone.
 */
final class FieldCosts {

	/** Server time one point stands for. */
	static final double MS_PER_POINT = 0.2;

	/**
	 * A root field's measured milliseconds per call, by the value of the argument its work grows with (for a list,
	 * its size); {@code whenAbsent} stands for the argument when a client leaves it out and it has no default.
	 */
	record Measured(String argument, int whenAbsent, NavigableMap<Integer, Double> millis) {

		/** The milliseconds at {@code value}: interpolated between two measured values, else the nearest. */
		double at(int value) {
			Map.Entry<Integer, Double> below = this.millis.floorEntry(value);
			Map.Entry<Integer, Double> above = this.millis.ceilingEntry(value);
			if (below == null || above == null || below.getKey().equals(above.getKey())) {
				return (below != null ? below : above).getValue();
			}
			double share = (value - below.getKey()) / (double) (above.getKey() - below.getKey());
			return below.getValue() + share * (above.getValue() - below.getValue());
		}

	}

	/**
	 * Measured at x1 on 2026-12-05 (BENCHMARKS.md, "Costs"): the server's mean milliseconds per call. Paged lists
	 * without {@code first} hold {@code Pages.DEFAULT_SIZE}; a skill gap without {@code have} starts from a role.
	 */
	static final Map<String, Measured> ROOT = Map.ofEntries(fixed("role", 7.5), fixed("skill", 8.2),
			fixed("sources", 6.3), fixed("compareRoles", 14.0), fixed("reportingChain", 8.7),
			scaled("roles", "first", Pages.DEFAULT_SIZE, 10, 7.0, 100, 7.5),
			scaled("skills", "first", Pages.DEFAULT_SIZE, 10, 3.6, 100, 4.2),
			scaled("tools", "first", Pages.DEFAULT_SIZE, 10, 3.4, 100, 4.2),
			scaled("platforms", "first", Pages.DEFAULT_SIZE, 10, 2.7, 100, 3.0),
			scaled("responsibilities", "first", Pages.DEFAULT_SIZE, 10, 3.5, 100, 3.7),
			scaled("changes", "first", 50, 50, 5.6, 500, 4.7),
			scaled("similarRoles", "first", 5, 10, 26.0, 100, 46.6),
			scaled("search", "first", 10, 10, 37.0, 100, 39.9),
			scaled("skillDemand", "first", 10, 10, 106.7, 100, 306.7),
			scaled("bridgingSkills", "first", 10, 10, 68.3, 100, 762.6),
			scaled("skillGap", "have", 0, 0, 15.6, 10, 17.7, 200, 18.2),
			scaled("matchRoles", "have", 10, 10, 62.2, 200, 177.0),
			scaled("roleNeighborhood", "depth", 1, 1, 4.8, 2, 73.5, 3, 7549.3),
			scaled("careerPaths", "maxSteps", 4, 1, 7.6, 2, 6.2, 3, 7.4, 4, 8.8, 5, 11.5, 6, 18.6, 7, 27.1, 8, 63.7),
			// careerPaths' statement with the direct move and the closer roles besides: not measured apart yet.
			scaled("careerRoute", "maxSteps", 4, 1, 7.6, 2, 6.2, 3, 7.4, 4, 8.8, 5, 11.5, 6, 18.6, 7, 27.1, 8, 63.7));

	private final Map<String, Measured> questions;

	/** Costs from {@code questions}: measured milliseconds by root field. */
	FieldCosts(Map<String, Measured> questions) {
		this.questions = questions;
	}

	/** The costs measured at x1. */
	static FieldCosts measured() {
		return new FieldCosts(ROOT);
	}

	static Map.Entry<String, Measured> fixed(String field, double millis) {
		return Map.entry(field, new Measured(null, 0, new TreeMap<>(Map.of(0, millis))));
	}

	static Map.Entry<String, Measured> scaled(String field, String argument, int whenAbsent,
			Object... valuesAndMillis) {
		NavigableMap<Integer, Double> millis = new TreeMap<>();
		for (int i = 0; i < valuesAndMillis.length; i += 2) {
			millis.put((Integer) valuesAndMillis[i], ((Number) valuesAndMillis[i + 1]).doubleValue());
		}
		return Map.entry(field, new Measured(argument, whenAbsent, millis));
	}

	/** The points {@code field} costs by itself, what is selected below it aside. */
	long points(ExecutableNormalizedField field) {
		return 1 + (long) Math.ceil(questionMillis(field) / MS_PER_POINT);
	}

	/** The measured server time of {@code field} as a question; zero for a field that is not one. */
	double questionMillis(ExecutableNormalizedField field) {
		Measured measured = field.getLevel() == 1 ? this.questions.get(field.getName()) : null;
		if (measured == null) {
			return 0;
		}
		Object argument = measured.argument() == null ? null : field.getResolvedArguments().get(measured.argument());
		int value = switch (argument) {
			case Number number -> number.intValue();
			case Collection<?> items -> items.size();
			case null, default -> measured.whenAbsent();
		};
		return measured.at(value);
	}

}
