package dev.rolegraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The line counts and hashes in seed/sources.yaml are those of the real articles, so citations point true. */
class SourceArticlesTest {

	@Test
	void everySourcePinsTheArticleItsCitationsPointInto() throws IOException, NoSuchAlgorithmException {
		Path articles = Path.of(System.getProperty("rolegraph.articles.dir", "../shared/seeds"));
		assumeTrue(Files.isDirectory(articles), "articles not found at " + articles.toAbsolutePath());
		Seed seed = SeedReader.read(Path.of("seed").toUri().toString());
		assertThat(seed.sources()).hasSize(5);
		for (var located : seed.sources()) {
			var source = located.entry();
			byte[] bytes = Files.readAllBytes(articles.resolve(source.file()));
			assertThat(new String(bytes, StandardCharsets.UTF_8).lines().count()).as(source.file()).isEqualTo(source.lines());
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).as(source.file())
				.isEqualTo(source.sha256());
		}
	}

}
