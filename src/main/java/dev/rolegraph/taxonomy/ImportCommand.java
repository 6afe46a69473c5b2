package dev.rolegraph.taxonomy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.rolegraph.database.SimilarMoves;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command {@code import esco DIR}: runs {@link EscoImport} on the folder once the application (and its
 * database, seeded) has started, prints the summary, and gives the process its exit code.
 */
@Component
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final EscoImport esco;

	private int exitCode;

	private final SimilarMoves moves;

	ImportCommand(EscoImport esco, SimilarMoves moves) {
		this.esco = esco;
		this.moves = moves;
	}

	/** Whether the command line asks for an import (or a refresh of the moves) rather than the server. */
	public static boolean isImport(String[] args) {
		return args.length > 0 && (args[0].equals("import") || args[0].equals("moves"));
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> words = arguments.getNonOptionArgs();
		if (words.equals(List.of("moves", "refresh"))) {
			long started = System.nanoTime();
			int moves = this.moves.refreshAll();
			log.info("moves refresh: {} similarity moves in {} ms", moves, (System.nanoTime() - started) / 1_000_000);
			return;
		}
		if (!words.isEmpty() && words.getFirst().equals("moves")) {
			log.error("Usage: moves refresh (computes every similarity move again)");
			this.exitCode = 2;
			return;
		}
		if (words.isEmpty() || !words.getFirst().equals("import")) {
			return;
		}
		if (words.size() != 3 || !words.get(1).equals("esco")) {
			log.error("Usage: import esco DIR [--esco.version=VERSION] (the folder of ESCO's CSV download, {} layout)",
					EscoImport.DEFAULT_VERSION);
			this.exitCode = 2;
			return;
		}
		List<String> versions = arguments.getOptionValues("esco.version");
		String version = versions == null || versions.isEmpty() ? EscoImport.DEFAULT_VERSION : versions.getFirst();
		HeapWatch heap = HeapWatch.start();
		try {
			EscoImport.Summary summary = this.esco.run(Path.of(words.get(2)), version);
			summary.lines().forEach(log::info);
			log.info("Heap: at most {} MiB in use during the import (sampled every 20 ms) of {} MiB allowed, "
					+ "the embedded database's included", heap.stop() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
		catch (CsvException ex) {
			log.error("Nothing was imported: {}", ex.getMessage());
			this.exitCode = 1;
		}
	}

	/** The most heap in use at once while it runs, sampled on a daemon thread. */
	private static final class HeapWatch implements Runnable {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		static HeapWatch start() {
			HeapWatch watch = new HeapWatch();
			Thread.ofPlatform().daemon().name("import-heap-watch").start(watch);
			return watch;
		}

		@Override
		public void run() {
			while (this.running) {
				this.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		long stop() {
			this.running = false;
			return this.peak.get();
		}

	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
