package dev.rolegraph.vocabulary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokenTextTest {

	@Test
	void findsTheMisDecodedDashOfArticle001() {
		assertThat(BrokenText.find("Bandung, 14 Oktober 2024 \u0E42\u20AC\u201C Di era")).isPresent();
	}

	@Test
	void findsWindows1252AndLatin1RoundTrips() {
		assertThat(BrokenText.find("it\u00E2\u20AC\u2122s")).isPresent();
		assertThat(BrokenText.find("caf\u00C3\u00A9")).isPresent();
		assertThat(BrokenText.find("bad \uFFFD char")).isPresent();
	}

	@Test
	void acceptsIndonesianTextWithTypographicQuotesAndDashes() {
		assertThat(BrokenText.find("Social Media Specialist adalah \u201Ctangan kreatif\u201D \u2013 Rp 5\u20138 juta")).isEmpty();
		assertThat(BrokenText.find("Café, Zoë, naïve")).isEmpty();
	}

}
