package dev.rolegraph.taxonomy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.taxonomy.EscoImport.Counts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The command line of the import: which arguments start it, and the exit code a script can act on. */
class ImportCommandTest {

	private final EscoImport esco = mock(EscoImport.class);

	private final SimilarMoves moves = mock(SimilarMoves.class);

	private final ImportCommand command = new ImportCommand(this.esco, this.moves);

	@Test
	void onlyAnImportArgumentTurnsTheServerIntoTheCommand() {
		assertThat(ImportCommand.isImport(new String[] { "import", "esco", "/data/esco" })).isTrue();
		assertThat(ImportCommand.isImport(new String[] { "moves", "refresh" })).isTrue();
		assertThat(ImportCommand.isImport(new String[] { "--server.port=8080" })).isFalse();
		assertThat(ImportCommand.isImport(new String[0])).isFalse();
	}

	@Test
	void theServerRunsNoImport() throws Exception {
		this.command.run(new DefaultApplicationArguments("--server.port=8080"));
		verifyNoInteractions(this.esco, this.moves);
		assertThat(this.command.getExitCode()).isZero();
	}

	@Test
	void anImportRunsWithTheVersionAskedForAndExitsWithZero() throws Exception {
		given(this.esco.run(any(), any())).willReturn(new EscoImport.Summary("1.1.1", List.of("en"), Map.of(),
				new Counts(1, 0, 0), new Counts(0, 0, 0), 0, 5));
		this.command.run(new DefaultApplicationArguments("import", "esco", "/data/esco", "--esco.version=1.1.1"));
		verify(this.esco).run(eq(Path.of("/data/esco")), eq("1.1.1"));
		assertThat(this.command.getExitCode()).isZero();
	}

	@Test
	void movesRefreshComputesEveryMoveAgainAndImportsNothing() throws Exception {
		this.command.run(new DefaultApplicationArguments("moves", "refresh"));
		verify(this.moves).refreshAll();
		verifyNoInteractions(this.esco);
		assertThat(this.command.getExitCode()).isZero();
	}

	@Test
	void movesWithoutRefreshIsAWrongUsage() throws Exception {
		this.command.run(new DefaultApplicationArguments("moves", "recompute"));
		verifyNoInteractions(this.esco, this.moves);
		assertThat(this.command.getExitCode()).isEqualTo(2);
	}

	@Test
	void aMalformedFileExitsWithOne() throws Exception {
		given(this.esco.run(any(), any())).willThrow(new CsvException("skills_en.csv", 12, 185, "a quoted field is not closed"));
		this.command.run(new DefaultApplicationArguments("import", "esco", "/data/esco"));
		verify(this.esco).run(eq(Path.of("/data/esco")), eq(EscoImport.DEFAULT_VERSION));
		assertThat(this.command.getExitCode()).isEqualTo(1);
	}

	@Test
	void aWrongUsageExitsWithTwoAndImportsNothing() throws Exception {
		this.command.run(new DefaultApplicationArguments("import", "onet", "/data/onet"));
		verifyNoInteractions(this.esco);
		assertThat(this.command.getExitCode()).isEqualTo(2);
	}

}
