package dev.rolegraph.explorer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.rolegraph.ApiTest;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.database.SoleBridges;
import dev.rolegraph.taxonomy.EscoImport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real headless Chromium. The career explorer: an advisor picks Social Media Officer and Social
 * Media Strategist and reads the paths, the gap, the overlap and the sources, in English and Indonesian, on a
 * desktop and on a phone. GraphiQL runs a query with requests to outside script hosts blocked. Needs Debian's {@code chromium} and {@code chromium-driver} (.ci/run installs them); skips without.
 * Screenshots go to target/browser.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest extends ApiTest {

	@Autowired
	private EscoImport esco;

	@Autowired
	private SoleBridges soleBridges;

	@Autowired
	private SimilarMoves moves;

	private static final Path SCREENSHOTS = Path.of("target", "browser");

	private static final String NO_BROWSER = "Browser test skipped: no Chromium and ChromeDriver found (install Debian's "
			+ "chromium and chromium-driver, as .ci/run does, or set ROLEGRAPH_CHROMIUM and ROLEGRAPH_CHROMEDRIVER)";

	private ChromeDriver browser;

	private WebDriverWait wait;

	/** A failed test leaves a screenshot of what the browser showed, named after the test. */
	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			try {
				screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
			}
			catch (IOException | RuntimeException ex) {
				cause.addSuppressed(ex);
			}
		}
	};

	@BeforeAll
	void startBrowser() {
		Optional<Path> chromium = executable("ROLEGRAPH_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
		Optional<Path> driver = executable("ROLEGRAPH_CHROMEDRIVER", "chromedriver");
		if (chromium.isEmpty() || driver.isEmpty()) {
			LoggerFactory.getLogger(ExplorerBrowserTest.class).warn(NO_BROWSER);
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		// --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1000", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void desktopAndOnline() {
		Assumptions.assumeTrue(this.browser != null, NO_BROWSER);
		this.browser.deleteNetworkConditions();
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@Test
	void officerToStrategistShowsPathsTheGapAndWhereEachStepComesFrom() throws IOException {
		this.browser.get(page(""));
		pick("from-input", "officer", "Social Media Officer");
		pick("to-input", "strateg", "Social Media Strategist");

		List<WebElement> paths = this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#paths li.path"), 0));
		assertThat(paths.getFirst().getText()).contains("Social Media Officer → Social Media Specialist");
		WebElement graph = this.browser.findElement(By.id("graph"));
		assertThat(Integer.parseInt(graph.getDomAttribute("data-nodes"))).isGreaterThanOrEqualTo(3);
		assertThat(Integer.parseInt(graph.getDomAttribute("data-edges"))).isGreaterThanOrEqualTo(2);
		assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
		assertThat(items("gap")).contains("Digital marketing strategy design", "Market and social trend analysis");
		assertThat(items("overlap")).isNotEmpty();
		assertThat(text("summary")).contains("Social Media Officer → Social Media Strategist").contains("to learn");

		this.browser.findElement(By.cssSelector("#paths li.path .step")).click();
		WebElement edge = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge")));
		assertThat(edge.getText()).contains("Social Media Officer → Social Media Specialist")
			.contains("career step")
			.contains("001")
			.contains("line 11")
			.contains("inferred");
		assertThat(this.browser.getCurrentUrl()).contains("from=social-media-officer").contains("to=social-media-strategist");
		assertThat(accessibilityProblems()).as("axe-core, English view with a step open").isEmpty();
		screenshot("explorer-en.png");

		clickArrow("social-media-specialist->social-media-strategist");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edge"),
				"Social Media Specialist → Social Media Strategist"));
		assertThat(text("edge")).contains("career step").contains("inferred").contains("line");

		this.browser.findElement(By.id("lang-id")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("gap-title"), "Perlu dipelajari"));
		this.wait.until(driver -> items("gap").contains("Perancangan strategi pemasaran digital"));
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
		assertThat(text("summary")).contains("perlu dipelajari");
		assertThat(this.browser.getCurrentUrl()).contains("lang=id");
		assertThat(accessibilityProblems()).as("axe-core, Indonesian view").isEmpty();
		screenshot("explorer-id.png");
	}

	@Test
	void managerToOfficerIsASimilarityMoveThatSaysWhyAndCountsLearningLikeTheGap() throws IOException {
		this.browser.get(page("?lang=en"));
		assertThat(accessibilityProblems()).as("axe-core, empty page").isEmpty();
		pick("from-input", "manager", "Social Media Manager");
		pick("to-input", "officer", "Social Media Officer");
		List<WebElement> paths = this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#paths li.path"), 0));
		String first = paths.getFirst().getText();
		assertThat(first).contains("Social Media Manager → Social Media Officer")
			.contains("step down · similar requirements · derived")
			.contains("The two roles share 5 skills and much of their work (similarity 24 %).");
		// One account of learning: the summary's "n to learn" is the path's "n to learn for the target".
		java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(\\d+) to learn").matcher(text("summary"));
		assertThat(summary.find()).isTrue();
		assertThat(first).contains(summary.group(1) + " to learn for the target");
		this.browser.findElement(By.cssSelector("#paths li.path .step")).click();
		WebElement edge = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge")));
		assertThat(edge.getText()).contains("similar requirements").contains("similarity 24 %");
		assertThat(accessibilityProblems()).as("axe-core, a similarity move open").isEmpty();
		assertThat(this.browser.findElement(By.id("copy-link")).isDisplayed()).isTrue();

		WebElement sideBySide = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("side-by-side")));
		assertThat(text("profile-a")).startsWith("Social Media Manager").contains("Duties").contains("Tools")
			.contains("Seniority 3");
		assertThat(text("profile-b")).startsWith("Social Media Officer").contains("Notion");
		assertThat(text("only-a-title")).isEqualTo("Only Social Media Manager");
		assertThat(items("shared")).isNotEmpty();
		assertThat(sideBySide.findElements(By.cssSelector("#shared .tag.essential"))).isNotEmpty();
		assertThat(accessibilityProblems()).as("axe-core, the two roles side by side").isEmpty();
		screenshot("explorer-similarity.png");

		this.browser.findElement(By.id("lang-id")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("only-a-title"), "Hanya Manajer Media Sosial"));
		this.wait.until(driver -> text("profile-a").contains("Tugas") && text("profile-a").contains("Senioritas 3"));
		assertThat(text("sbs-title")).isEqualTo("Kedua peran berdampingan");
		assertThat(text("paths")).contains("Kedua peran sama-sama membutuhkan 5 keahlian");
		assertThat(accessibilityProblems()).as("axe-core, side by side in Indonesian").isEmpty();
	}

	@Test
	void teamsStayOutOfTheRolePickersUnlessAskedForAndTheKeyboardAlonePicksARole() {
		this.browser.get(page("?lang=en"));
		WebElement from = this.browser.findElement(By.id("from-input"));
		from.sendKeys("design tea");
		String withoutTeams = this.wait.until(driver -> {
			String options = driver.findElement(By.id("from-options")).getText();
			return options.isBlank() || options.contains("Searching") ? null : options;
		});
		assertThat(withoutTeams).contains("Graphic Designer").doesNotContainIgnoringCase("design team");

		this.browser.get(page("?lang=en"));
		this.browser.findElement(By.id("include-teams")).click();
		from = this.browser.findElement(By.id("from-input"));
		from.sendKeys("design tea");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("from-options"), "Design team"));

		// The list is the graph's alternative: its steps open their sources with Enter, and the box closes the same way.
		this.browser.get(page("?from=social-media-officer&to=social-media-strategist&lang=en"));
		WebElement step = this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#paths li.path .step")));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].focus()", step);
		step.sendKeys(org.openqa.selenium.Keys.ENTER);
		WebElement box = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge")));
		WebElement close = box.findElement(By.cssSelector("button.close"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].focus()", close);
		close.sendKeys(org.openqa.selenium.Keys.ENTER);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("edge")));

		this.browser.get(page("?lang=en"));
		from = this.browser.findElement(By.id("from-input"));
		from.sendKeys("officer");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("from-options"), "Social Media Officer"));
		from.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		this.wait.until(driver -> "Social Media Officer".equals(driver.findElement(By.id("from-input")).getDomProperty("value")));
		assertThat(this.browser.getCurrentUrl()).contains("from=social-media-officer");
	}

	@Test
	void aSetOfSkillsStartsFromTheRoleTheyFitBest() throws IOException {
		this.browser.get(page("?lang=en"));
		this.browser.findElement(By.cssSelector("input[name=mode][value=skills]")).click();
		pick("skills-input", "copywrit", "Copywriting");
		pick("skills-input", "audience inter", "Audience interaction");
		pick("to-input", "strategist", "Social Media Strategist");

		assertThat(this.browser.findElements(By.cssSelector("#skill-chips li"))).hasSize(2);
		this.wait.until(driver -> text("paths").contains("Paths start from the role your skills fit best"));
		assertThat(text("summary")).startsWith("Your skills cover");
		assertThat(items("gap")).contains("Digital marketing strategy design");
		assertThat(this.browser.getCurrentUrl()).contains("skills=");
		assertThat(accessibilityProblems()).as("axe-core, starting from a set of skills").isEmpty();
	}

	@Test
	void onAPhoneThePageFitsTheScreenWidth() throws IOException {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		this.browser.get(page("?from=social-media-officer&to=social-media-strategist"));
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#paths li.path"), 0));
		long viewport = number("return document.documentElement.clientWidth");
		assertThat(viewport).isLessThanOrEqualTo(390);
		assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
		assertThat(number("return document.getElementById('graph').getBoundingClientRect().right")).isLessThanOrEqualTo(viewport);
		assertThat(this.browser.findElement(By.id("graph")).findElements(By.tagName("canvas"))).isNotEmpty();
		screenshot("explorer-phone.png");
	}

	@Test
	void strategistToOfficerHasNoKnownPathAndSaysWhatTheDirectMoveTakesAndWhoIsCloser() {
		this.browser.get(page("?lang=en"));
		pick("from-input", "strategist", "Social Media Strategist");
		pick("to-input", "officer", "Social Media Officer");
		WebElement note = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paths li.note")));
		java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(\\d+) to learn").matcher(text("summary"));
		assertThat(summary.find()).isTrue();
		assertThat(note.getText()).startsWith("No known path within 6 steps. Moving directly means learning "
				+ summary.group(1) + " skills")
			.contains("Roles on the way, each taking part of them: ")
			.contains(" to learn to get there, then ");
	}

	@Test
	void afterAnEscoImportThePickersFindOccupationsAndTheExplorerAnswersBetweenThem() throws Exception {
		this.esco.run(new ClassPathResource("esco/fixture").getFile().toPath(), "1.2.0");
		try {
			this.browser.get(page("?lang=en"));
			pick("from-input", "online community", "online community manager");
			pick("to-input", "marketing man", "marketing manager");
			List<WebElement> paths = this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#paths li.path"), 0));
			// Two similarity moves computed by the import: they share analytics and writing, then campaign planning.
			assertThat(paths.getFirst().getText()).startsWith("Path 1 · 2 steps · 2 to learn for the target")
				.contains("online community manager → digital marketing specialist")
				.contains("digital marketing specialist → marketing manager");
			assertThat(Integer.parseInt(this.browser.findElement(By.id("graph")).getDomAttribute("data-nodes"))).isGreaterThanOrEqualTo(3);
			assertThat(text("summary")).contains("online community manager → marketing manager");
			assertThat(items("gap")).contains("marketing principles", "plan marketing campaigns");
			assertThat(text("side-by-side")).contains("online community manager").contains("marketing manager");
			this.browser.findElement(By.cssSelector("#paths li.path .step")).click();
			assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge"))).getText())
				.contains("version 1.2.0")
				.contains("concept http://example.org/rolegraph-test/occupation/online-community-manager");
			assertThat(accessibilityProblems()).as("axe-core, imported occupations").isEmpty();
		}
		finally {
			write("MATCH (n) WHERE n.origin = 'esco' DETACH DELETE n", Map.of());
			this.soleBridges.countAll();
			this.moves.refreshAll();
		}
	}

	@Test
	void anUnknownRoleIsExplainedInWords() throws IOException {
		this.browser.get(page("?from=astronaut&to=social-media-strategist"));
		WebElement error = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
		assertThat(error.getText()).startsWith("Not found:").contains("astronaut");
		assertThat(this.browser.findElement(By.id("results")).isDisplayed()).isFalse();
		assertThat(accessibilityProblems()).as("axe-core, an error shown").isEmpty();
	}

	@Test
	void aServerThatCannotBeReachedIsExplainedInWords() {
		this.browser.get(page(""));
		this.wait.until(driver -> !text("status").isEmpty());
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		this.browser.setNetworkConditions(offline);
		this.browser.findElement(By.id("to-input")).sendKeys("manager");
		WebElement error = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
		assertThat(error.getText()).isEqualTo("The server cannot be reached. Check the connection and try again.");
	}

	/**
	 * Runs axe-core's rules (WCAG 2.1 A and AA, and best practices) on the page as it is now and returns the serious
	 * and critical violations, each as "rule: first element". axe comes from its WebJar on the test classpath.
	 */
	private List<String> accessibilityProblems() throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
			js.executeScript(new ClassPathResource("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")
				.getContentAsString(StandardCharsets.UTF_8));
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((result) => done(result.violations.map((v) => ({ id: v.id, impact: v.impact,
				    target: String(v.nodes[0]?.target ?? '') }))))
				  .catch((error) => done([{ id: 'axe failed: ' + error, impact: 'critical', target: '' }]));""");
		return violations.stream()
			.filter(violation -> "serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact")))
			.map(violation -> violation.get("id") + ": " + violation.get("target"))
			.toList();
	}

	/** Types {@code text} into the picker {@code inputId} and chooses the suggestion named {@code option}. */
	private void pick(String inputId, String text, String option) {
		WebElement input = this.browser.findElement(By.id(inputId));
		input.clear();
		input.sendKeys(text);
		By suggestion = By.xpath("//ul[@id='" + input.getDomAttribute("aria-controls") + "']/li[@role='option' and normalize-space()='"
				+ option + "']");
		this.wait.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
	}

	/** Clicks, on the canvas, the middle of the graph's arrow {@code edgeId}, where Cytoscape drew it. */
	private void clickArrow(String edgeId) {
		WebElement graph = this.browser.findElement(By.id("graph"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", graph);
		@SuppressWarnings("unchecked")
		Map<String, Number> middle = (Map<String, Number>) ((JavascriptExecutor) this.browser).executeScript(
				"return arguments[0]._cyreg.cy.getElementById(arguments[1]).renderedMidpoint()", graph, edgeId);
		Rectangle box = graph.getRect();
		new Actions(this.browser)
			.moveToElement(graph, middle.get("x").intValue() - box.getWidth() / 2, middle.get("y").intValue() - box.getHeight() / 2)
			.click()
			.perform();
	}

	/** The names in a list; read again when the page re-renders the list while it is being read. */
	private List<String> items(String listId) {
		return this.wait.ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.cssSelector("#" + listId + " li.item .item-name"))
				.stream()
				.map(WebElement::getText)
				.toList());
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private long number(String script) {
		return ((Number) ((JavascriptExecutor) this.browser).executeScript(script)).longValue();
	}

	@Autowired
	Neo4jConnectionDetails database;

	@Test
	void aWebPageCannotOpenAWebSocketToTheDatabase() {
		this.browser.get(page(""));
		Object outcome = ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const socket = new WebSocket('ws://127.0.0.1:' + arguments[0]);
				socket.onopen = () => done('opened');
				socket.onerror = () => done('refused');
				setTimeout(() => done('no answer'), 5000);""", this.database.getUri().getPort());
		assertThat(outcome).isEqualTo("refused");
	}

	@Test
	void graphiqlRunsAQueryWithOutsideRequestsBlocked() {
		// Requests to the usual script CDNs fail at once, as they would offline or behind a strict proxy.
		this.browser.executeCdpCommand("Network.enable", Map.of());
		this.browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*unpkg.com*", "*jsdelivr.net*",
				"*esm.sh*", "*cdnjs.cloudflare.com*", "*googleapis.com*", "*gstatic.com*")));
		try {
			String query = "query Officer($id: ID!) { role(id: $id) { name } }";
			this.browser.get(page("graphiql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
					+ "&variables=" + java.net.URLEncoder.encode("{\"id\": \"social-media-officer\"}",
							java.nio.charset.StandardCharsets.UTF_8)));
			this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
			this.wait.until(driver -> driver.findElement(By.cssSelector(".result-window")).getText()
				.contains("Social Media Officer"));
			@SuppressWarnings("unchecked")
			List<String> loaded = (List<String>) ((JavascriptExecutor) this.browser)
				.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
			assertThat(loaded).isNotEmpty()
				.allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + this.port + "/"));
		}
		finally {
			this.browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		}
	}

	private String page(String query) {
		return "http://localhost:" + this.port + "/" + query;
	}

	/** The whole page, not only the visible part: the window grows to the page's height for the shot. */
	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Dimension window = this.browser.manage().window().getSize();
		long height = number("return document.documentElement.scrollHeight");
		this.browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
		try {
			File shot = this.browser.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			this.browser.manage().window().setSize(window);
		}
	}

	/** The program named by environment variable {@code variable}, else the first of {@code names} on the PATH. */
	private static Optional<Path> executable(String variable, String... names) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
		return Stream.of(names)
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
