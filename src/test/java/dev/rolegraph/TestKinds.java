package dev.rolegraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests of each floor of the test pyramid (ARCHITECTURE.md) as they run, by their tag: slice, graph,
 * end-to-end, browser, and unit for the untagged. Prints the counts at the end of the run and writes them to
 * {@code target/test-kinds.txt}. Registered through {@code META-INF/services}.
 */
public class TestKinds implements TestExecutionListener {

	/** The most specific tag wins: a browser test is also an end-to-end test. */
	private static final List<String> KINDS = List.of("browser", "graph", "slice", "end-to-end", "unit");

	private final Map<String, AtomicLong> passed = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		if (test.isTest()) {
			count(this.skipped, test);
		}
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (test.isTest()) {
			count(result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? this.passed
					: result.getStatus() == TestExecutionResult.Status.ABORTED ? this.skipped : this.failed, test);
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		Map<String, String> lines = new LinkedHashMap<>();
		for (String kind : KINDS) {
			long ran = value(this.passed, kind) + value(this.failed, kind);
			if (ran + value(this.skipped, kind) > 0) {
				lines.put(kind, ran + " run (" + value(this.failed, kind) + " failed, " + value(this.skipped, kind)
						+ " skipped)");
			}
		}
		String report = lines.entrySet()
			.stream()
			.map(entry -> String.format("  %-11s %s", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining("\n", "Tests by kind:\n", "\n"));
		System.out.print(report);
		try {
			Path target = Path.of("target");
			if (Files.isDirectory(target)) {
				Files.writeString(target.resolve("test-kinds.txt"), report);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void count(Map<String, AtomicLong> counts, TestIdentifier test) {
		counts.computeIfAbsent(kind(test.getTags()), key -> new AtomicLong()).incrementAndGet();
	}

	static String kind(Set<TestTag> tags) {
		Set<String> names = tags.stream().map(TestTag::getName).collect(Collectors.toSet());
		return KINDS.stream().filter(names::contains).findFirst().orElse("unit");
	}

	private static long value(Map<String, AtomicLong> counts, String kind) {
		AtomicLong count = counts.get(kind);
		return count == null ? 0 : count.get();
	}

}
