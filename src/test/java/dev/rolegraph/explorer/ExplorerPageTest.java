package dev.rolegraph.explorer;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The page and everything it loads come from the application itself, with types a browser accepts for modules. */
class ExplorerPageTest extends ApiTest {

	@Test
	void thePageAtTheRootIsTheCareerExplorer() {
		this.http.get().uri("/").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("Career explorer").contains("js/explorer.js"));
	}

	@Test
	void itsModulesAndTheGraphLibraryAreServedAsJavaScriptWithoutACdn() {
		for (String path : new String[] { "/js/explorer.js", "/js/api.js", "/js/picker.js", "/js/graph.js", "/js/i18n.js", "/js/words.js",
				"/webjars/cytoscape/dist/cytoscape.esm.min.mjs" }) {
			this.http.get().uri(path).exchange()
				.expectStatus().isOk()
				.expectHeader().value("Content-Type", type -> assertThat(type).as(path).contains("javascript"));
		}
		this.http.get().uri("/").exchange().expectBody(String.class).value(html -> assertThat(html).doesNotContain("https://"));
	}

}
