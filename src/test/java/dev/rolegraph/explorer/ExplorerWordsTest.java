package dev.rolegraph.explorer;

import java.io.IOException;
import java.net.URL;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's sentences (static/js/words.js, the module the page imports) run on GraalJS, without a browser:
 * the same figures as the API's answers, in English and Indonesian.
 */
class ExplorerWordsTest {

	private static Context js;

	private static Value words;

	@BeforeAll
	static void load() throws IOException {
		js = Context.newBuilder("js")
			.allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
			.option("engine.WarnInterpreterOnly", "false")
			.option("js.esm-eval-returns-exports", "true")
			.build();
		URL module = ExplorerWordsTest.class.getResource("/static/js/words.js");
		words = js.eval(Source.newBuilder("js", module).mimeType("application/javascript+module").build());
	}

	@AfterAll
	static void close() {
		js.close();
	}

	/** Calls {@code function} of words.js with {@code lang} and arguments written as JavaScript. */
	private static String say(String function, String lang, String arguments) {
		Value args = js.eval("js", "[" + arguments + "]");
		Object[] call = new Object[(int) args.getArraySize() + 1];
		call[0] = lang;
		for (int i = 1; i < call.length; i++) {
			call[i] = args.getArrayElement(i - 1);
		}
		return words.getMember(function).execute(call).asString();
	}

	private static final String OFFICER_TO_STRATEGIST = """
			{ from: { name: 'Social Media Officer' }, target: { name: 'Social Media Strategist' }, coverage: 0.6,
			  covered: [{}, {}, {}], missing: [{}, {}] }""";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"EN | Social Media Officer → Social Media Strategist: 3 of 5 skills already shared (60 %), 2 to learn.",
			"ID | Social Media Officer → Social Media Strategist: 3 dari 5 keterampilan sudah sama (60 %), 2 perlu dipelajari." })
	void officerToStrategistIsSummedUpFromTheGapsOwnFigures(String lang, String expected) {
		assertThat(say("gapSummary", lang, OFFICER_TO_STRATEGIST + ", 'summaryRole'")).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "EN | Path 2 · 3 steps · 4 new skills", "ID | Jalur 2 · 3 langkah · 4 keterampilan baru" })
	void aPathIsHeadedByItsNumberLengthAndNewSkills(String lang, String expected) {
		assertThat(say("pathHeading", lang, "1, { length: 3, newSkills: 4 }")).isEqualTo(expected);
	}

	@Test
	void aStepSaysItsMoveHowItIsKnownAndWhetherItIsStated() {
		assertThat(say("stepText", "EN", "{ move: 'ADVANCEMENT', via: 'CAREER_STEP', inferred: true }"))
			.isEqualTo("advancement · career step · inferred");
		assertThat(say("stepText", "EN", "{ move: 'UNKNOWN', via: 'REPORTING_LINE', inferred: false }"))
			.isEqualTo("seniority unknown · reporting line · stated");
	}

	@Test
	void aPathSaysTheTargetsGapAndWhatTheRolesInBetweenAddApart() {
		assertThat(say("pathHeading", "EN", "0, { length: 2, newSkills: 15, targetGap: 2, addedAlongTheWay: 13 }"))
			.isEqualTo("Path 1 · 2 steps · 2 to learn for the target, 13 more along the way");
		assertThat(say("pathHeading", "ID", "0, { length: 1, newSkills: 6, targetGap: 6, addedAlongTheWay: 0 }"))
			.isEqualTo("Jalur 1 · 1 langkah · 6 perlu dipelajari untuk target");
	}

	@Test
	void eachStepSaysWhyItIsSuggestedOnceForEveryWayItIsKnown() {
		String step = "{ ways: [{ via: 'CAREER_STEP', inferred: true }, "
				+ "{ via: 'SIMILARITY', inferred: true, score: 0.2531, sharedSkills: [{}, {}, {}, {}, {}, {}] }] }";
		assertThat(say("stepWhy", "EN", step)).isEqualTo("An article implies this career step. "
				+ "The two roles share 6 skills and much of their work (similarity 25 %).");
		assertThat(say("stepWhy", "ID", "{ ways: [{ via: 'REPORTING_LINE', inferred: false }] }"))
			.startsWith("Sebuah artikel menyatakan garis pelaporan ini");
		assertThat(say("stepText", "EN", "{ move: 'STEP_DOWN', via: 'SIMILARITY', inferred: true }"))
			.isEqualTo("step down · similar requirements · derived");
	}

	@Test
	void holdersBeyondTheListedOnesAreCounted() {
		assertThat(say("heldByText", "EN", "{ heldBy: [{ name: 'A' }, { name: 'B' }], heldByCount: 5 }"))
			.isEqualTo("Also required by A, B and 3 more");
		assertThat(say("heldByText", "EN", "{ heldBy: [], heldByCount: 0 }")).isEmpty();
	}

	@Test
	void aStepWithoutNewSkillsSaysNothingAboutLearning() {
		assertThat(say("learnText", "EN", "{ learn: [] }")).isEmpty();
		assertThat(say("learnText", "ID", "{ learn: [{ name: 'Copywriting' }, { name: 'Riset' }] }"))
			.endsWith(": Copywriting, Riset");
	}

	@Test
	void aCitationPointsAtItsLinesWithAnEnDashOrAtTheWholeSource() {
		assertThat(say("citationWhere", "EN", "{ lines: '12-14' }")).contains("12–14");
		assertThat(say("citationWhere", "EN", "{ lines: null }")).isEqualTo(say("citationWhere", "EN", "{}"));
		assertThat(say("citationWhere", "ID", "{ concept: 'http://data.europa.eu/esco/isco/C2431' }"))
			.isEqualTo("konsep http://data.europa.eu/esco/isco/C2431");
	}

	@Test
	void aClassifiedErrorKeepsTheServersMessageAfterItsKind() {
		assertThat(say("errorText", "EN", "{ kind: 'NOT_FOUND', message: \"no role with id 'x' (argument 'to')\" }"))
			.endsWith("no role with id 'x' (argument 'to')");
		assertThat(say("errorText", "ID", "{ kind: 'server', status: 503 }")).contains("503");
	}

	@Test
	void aBusyServerIsSaidSoInBothLanguages() {
		assertThat(say("errorText", "EN", "{ kind: 'TOO_BUSY', message: 'too busy' }"))
			.isEqualTo("The server is busy with other long questions; try again in a moment: too busy");
		assertThat(say("errorText", "ID", "{ kind: 'TOO_BUSY', message: 'too busy' }")).startsWith("Server sedang sibuk");
	}

	private static final String NO_PATH_ROUTE = """
			{ paths: [], direct: { skillsToLearn: 13 }, closer: [
			  { role: { id: 'manager', name: 'Social Media Manager' }, learnToReach: 4, learnFromThere: 9 },
			  { role: { id: 'specialist', name: 'Social Media Specialist' }, learnToReach: 6, learnFromThere: 10 } ] }""";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"EN | No known path within 6 steps. Moving directly means learning 13 skills (listed with the gap). Roles on"
					+ " the way, each taking part of them: Social Media Manager (4 to learn to get there, then 9), Social"
					+ " Media Specialist (6 to learn to get there, then 10).",
			"ID | Tidak ada jalur yang diketahui dalam 6 langkah. Pindah langsung berarti mempelajari 13 keterampilan"
					+ " (tercantum pada kesenjangan). Peran di tengah jalan, masing-masing mencakup sebagian: Social Media"
					+ " Manager (4 untuk sampai ke sana, lalu 9), Social Media Specialist (6 untuk sampai ke sana, lalu 10)." })
	void withoutAPathTheDirectMoveAndTheRolesOnTheWayAreNamed(String lang, String expected) {
		assertThat(say("noPathAdvice", lang, NO_PATH_ROUTE + ", 6")).isEqualTo(expected);
	}

	@Test
	void withoutAPathAndWithoutRolesOnTheWayOnlyTheDirectMoveIsNamed() {
		assertThat(say("noPathAdvice", "EN", "{ paths: [], direct: { skillsToLearn: 1 }, closer: [] }, 4"))
			.isEqualTo("No known path within 4 steps. Moving directly means learning 1 skill (listed with the gap).");
	}

}
