package dev.rolegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's load generator: wrk, outside the JVM, so that the client does not share the server's JIT, heap
 * and threads and is not what is measured (the JDK HttpClient driver reached about 300 empty requests/s here, wrk
 * over 10,000). Installed from Debian when missing. Each run posts the given documents in turn from
 * {@code src/test/bench/bodies.lua} and reads wrk's own percentiles.
 */
final class Wrk {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path SCRIPT = Path.of("src", "test", "bench", "bodies.lua").toAbsolutePath();

	private static final Pattern RESULT = Pattern.compile(
			"wrk-result requests=(\\d+) seconds=([\\d.]+) p50_us=(\\d+) p99_us=(\\d+) errors=(\\d+) socket_errors=(\\d+)");

	private Wrk() {
	}

	/** wrk on the PATH, installed with apt-get when it is not (the benchmark machines are Debian). */
	static void ensureInstalled() throws IOException, InterruptedException {
		if (exit(List.of("sh", "-c", "command -v wrk > /dev/null")) == 0) {
			return;
		}
		System.out.println("wrk not found: installing it from Debian (apt-get install wrk)");
		String sudo = "root".equals(System.getProperty("user.name")) ? "" : "sudo ";
		if (exit(List.of("sh", "-c", sudo + "apt-get install -y wrk || (" + sudo + "apt-get update && " + sudo
				+ "apt-get install -y wrk)")) != 0) {
			throw new IllegalStateException("wrk is needed as the load generator: apt-get install wrk");
		}
	}

	/**
	 * Posts {@code documents} (GraphQL query texts) in turn to {@code url} on {@code concurrency} connections for
	 * {@code seconds}; {@code authorization} is an Authorization header value or null.
	 */
	static ScaleBenchmark.Stats run(String url, List<String> documents, String authorization, int concurrency,
			int seconds) throws IOException, InterruptedException {
		Path bodies = Files.createTempFile("rolegraph-wrk", ".jsonl");
		try {
			List<String> lines = new ArrayList<>();
			for (String document : documents) {
				lines.add(JSON.writeValueAsString(Map.of("query", document)));
			}
			Files.write(bodies, lines, StandardCharsets.UTF_8);
			return run(url, Map.of("WRK_BODIES", bodies.toString(), "WRK_AUTHORIZATION",
					authorization == null ? "" : authorization), concurrency, seconds);
		}
		finally {
			Files.deleteIfExists(bodies);
		}
	}

	/**
	 * GETs {@code path} (with its query string) from the server at {@code url} on {@code concurrency} connections;
	 * with {@code etag}, as a revalidation ({@code If-None-Match}) that must answer 304.
	 */
	static ScaleBenchmark.Stats get(String url, String path, String etag, int concurrency, int seconds)
			throws IOException, InterruptedException {
		return run(url, Map.of("WRK_PATH", path, "WRK_ETAG", etag == null ? "" : etag), concurrency, seconds);
	}

	private static ScaleBenchmark.Stats run(String url, Map<String, String> environment, int concurrency, int seconds)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("wrk", "-t", String.valueOf(Math.min(concurrency, 2)), "-c",
				String.valueOf(concurrency), "-d", seconds + "s", "--timeout", "30s", "-s", SCRIPT.toString(), url)
			.redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		Matcher result = RESULT.matcher(output);
		if (!result.find()) {
			throw new IllegalStateException("no result from wrk: " + output);
		}
		output.lines()
			.filter(line -> line.startsWith("wrk-first-error "))
			.forEach(line -> System.out.println("  first error: " + line.substring("wrk-first-error ".length())));
		double elapsed = Double.parseDouble(result.group(2));
		return new ScaleBenchmark.Stats(Long.parseLong(result.group(1)) / elapsed,
				Long.parseLong(result.group(3)) / 1e3, Long.parseLong(result.group(4)) / 1e3,
				Integer.parseInt(result.group(5)) + Integer.parseInt(result.group(6)));
	}

	private static int exit(List<String> command) throws IOException, InterruptedException {
		return new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	/** How {@code Stats} are printed in the ceiling line. */
	static String describe(ScaleBenchmark.Stats stats) {
		return String.format(Locale.ROOT, "%.0f/s, p50 %.2f ms, p99 %.2f ms", stats.throughput(), stats.p50(),
				stats.p99());
	}

}
