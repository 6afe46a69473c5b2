package dev.rolegraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.rolegraph.RolegraphApplication;
import dev.rolegraph.database.GraphSchema;
import dev.rolegraph.database.SoleBridges;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.util.FileSystemUtils;

/**
 * Drives the running server over HTTP with wrk ({@link Wrk}) at several concurrencies for each question, runs the
 * statements the application itself sent for the same inputs ({@link StatementCapture}) straight through the driver
 * in the same JVM, and prints throughput, p50 and p99, the API-to-driver ratio and the load generator's ceiling.
 * Run with {@code ./mvnw -Pbench verify} (see BENCHMARKS.md); arguments: scales, seconds per cell, concurrencies.
 */
public final class ScaleBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The benchmark database's password, so that the second application can log in over Bolt. */
	private static final String BENCH_PASSWORD = "bench-only-password";

	/** A curator account for the audit question, hashed at the lowest cost so that signing in does not dominate. */
	private static final String CURATOR = "bench:" + BENCH_PASSWORD;

	private static final String CURATOR_AUTHORIZATION = "Basic "
			+ java.util.Base64.getEncoder().encodeToString(CURATOR.getBytes(StandardCharsets.UTF_8));

	private static final String CURATORS = "bench:{bcrypt}"
			+ new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(BENCH_PASSWORD);

	private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();

	/** One question: a GraphQL document for a random input; some need a curator. */
	record Question(String name, Function<Random, String> graphql, boolean curator) {

		Question(String name, Function<Random, String> graphql) {
			this(name, graphql, false);
		}

	}

	record Stats(double throughput, double p50, double p99, int errors) {
	}

	/** Names of the questions to run ("startup" for the start-up measurement); empty for all. */
	private static List<String> only = List.of();

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Double> scales = Arrays.stream((args.length > 0 ? args[0] : "0.1,1,4").split(",")).map(Double::valueOf).toList();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<Integer> concurrencies = Arrays.stream((args.length > 2 ? args[2] : "1,8,32").split(","))
			.map(Integer::valueOf)
			.toList();
		only = args.length > 3 && !args[3].isBlank() ? List.of(args[3].split(",")) : List.of();
		System.out.printf(Locale.ROOT, "machine: %d cores, %d MiB max heap, %s %s, Java %s, Spring Boot %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
				SpringBootVersion.getVersion());
		if (only.isEmpty() || only.contains("startup")) {
			startUp();
		}
		if (only.isEmpty() || only.contains("esco-import")) {
			for (double scale : scales) {
				escoImport(scale);
			}
		}
		if (only.contains("imported")) {
			for (double scale : scales) {
				imported(scale, seconds);
			}
			HTTP.close();
			System.exit(0);
		}
		for (double scale : scales) {
			run(scale, seconds, concurrencies);
		}
		HTTP.close();
		System.exit(0);
	}

	/**
	 * Start-up to the first answer on the seed graph: a fresh process, first on a new directory, then again; once
	 * from the classpath, and once from the packaged jar with a Java AOT cache made by a training run.
	 */
	private static void startUp() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> jvm = List.of(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
		List<String> app = List.of("--rolegraph.embedded.temporary=false", "--rolegraph.embedded.bolt-port=0");
		timeStartUp("classpath", concat(jvm, List.of("-cp", System.getProperty("java.class.path"),
				RolegraphApplication.class.getName()), app));
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(file -> file.toString().matches(".*rolegraph-[^/]*\\.jar")).findFirst().orElse(null);
		}
		if (jar == null) {
			System.out.println("start-up with AOT cache: skipped, no packaged jar in target/");
			return;
		}
		Path extracted = Path.of("target", "bench", "app").toAbsolutePath();
		exec(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
				extracted.toString()));
		Path appJar = extracted.resolve(jar.getFileName());
		Path cache = extracted.resolve("app.aot");
		exec(concat(jvm, List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar", appJar.toString()),
				List.of("--rolegraph.embedded.temporary=true", "--server.port=0", "--rolegraph.embedded.bolt-port=0")));
		timeStartUp("jar + AOT cache", concat(jvm, List.of("-XX:AOTCache=" + cache, "-jar", appJar.toString()), app));
	}

	/**
	 * A full-size ESCO import: the synthetic graph of this scale written in ESCO's CSV layout, imported by the
	 * application's own command in a fresh process with a 1 GiB heap (database included), then imported again.
	 */
	private static void escoImport(double scale) throws Exception {
		Path folder = Path.of("target", "bench", "esco-x" + scale).toAbsolutePath();
		Path data = Path.of("target", "bench", "esco-db-x" + scale).toAbsolutePath();
		long written = System.nanoTime();
		EscoLayout layout = new EscoLayout(scale);
		int relations = layout.write(folder);
		System.out.printf(Locale.ROOT, "esco import x%s: wrote %,d occupations, %,d skills, %,d relations in ESCO's layout "
				+ "(en + de) in %.1f s%n", scale, layout.sizes().occupations(), layout.sizes().skills(), relations,
				(System.nanoTime() - written) / 1e9);
		FileSystemUtils.deleteRecursively(data);
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
				"--sun-misc-unsafe-memory-access=allow", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), RolegraphApplication.class.getName(), "import", "esco",
				folder.toString(), "--rolegraph.embedded.temporary=false", "--rolegraph.embedded.data-dir=" + data,
				"--rolegraph.embedded.bolt-port=0");
		for (String run : List.of("first import", "second import")) {
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
				.lines()
				.toList();
			int exit = process.waitFor();
			System.out.printf(Locale.ROOT, "esco import x%s, %s: exit %d, process %.1f s%n", scale, run, exit,
					(System.nanoTime() - started) / 1e9);
			lines.stream()
				.filter(line -> line.contains("taxonomy.") && !line.contains("ESCO import: "))
				.map(line -> "    " + line.substring(line.indexOf(" : ") + 3))
				.forEach(System.out::println);
			if (exit != 0) {
				lines.stream().skip(Math.max(0, lines.size() - 40)).forEach(System.out::println);
				throw new IllegalStateException("the import failed");
			}
		}
	}

	/**
	 * The imported graph: the ESCO-layout folder of this scale (occupations in families) imported by the application's
	 * command in a fresh process with a 1 GiB heap, similarity moves included; then every move computed again by
	 * {@code moves refresh}; then the application on that database: its first similarRoles after start-up, careerPaths
	 * between 30 pairs of one family and 30 random pairs, and careerPaths and similarRoles under load at C=8.
	 */
	private static void imported(double scale, int seconds) throws Exception {
		Path folder = Path.of("target", "bench", "esco-families-x" + scale).toAbsolutePath();
		Path data = Path.of("target", "bench", "imported-db-x" + scale).toAbsolutePath();
		EscoLayout layout = new EscoLayout(scale);
		int relations = layout.write(folder);
		System.out.printf(Locale.ROOT, "%nimported graph x%s: %,d occupations in families of %d, %,d skills, %,d relations%n",
				scale, layout.sizes().occupations(), EscoLayout.FAMILY, layout.sizes().skills(), relations);
		FileSystemUtils.deleteRecursively(data);
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> jvm = List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
				"--sun-misc-unsafe-memory-access=allow", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), RolegraphApplication.class.getName());
		List<String> database = List.of("--rolegraph.embedded.temporary=false", "--rolegraph.embedded.data-dir=" + data,
				"--rolegraph.embedded.bolt-port=0");
		command("import with moves", concat(jvm, List.of("import", "esco", folder.toString()), database));
		command("moves refresh", concat(jvm, List.of("moves", "refresh"), database));
		long starting = System.nanoTime();
		ConfigurableApplicationContext context = SpringApplication.run(RolegraphApplication.class, "--server.port=0",
				"--rolegraph.embedded.temporary=false", "--rolegraph.embedded.data-dir=" + data,
				"--rolegraph.embedded.bolt-port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				// The test classpath turns the warm-up off; a deployment has it on.
				"--rolegraph.warm-up.enabled=true");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			int occupations = layout.sizes().occupations();
			// As a load balancer would: the first client comes once readiness (which waits for the warm-up) is UP.
			var readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
			while (!HTTP.send(readiness, HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
				Thread.sleep(100);
			}
			System.out.printf(Locale.ROOT, "ready (warmed up) %.1f s after the start%n", (System.nanoTime() - starting) / 1e9);
			long first = System.nanoTime();
			String answer = post(port, "{ similarRoles(id: \"esco-occupation-1\", first: 5) { role { id } score } }");
			System.out.printf(Locale.ROOT, "first similarRoles once ready: %.0f ms%s%n", (System.nanoTime() - first) / 1e6,
					answer.contains("\"errors\"") ? " " + answer : "");
			Random random = new Random(SyntheticGraph.SEED);
			for (String kind : List.of("same family", "random")) {
				int withPath = 0;
				int answered = 0;
				long slowest = 0;
				for (int pair = 0; pair < 30; pair++) {
					int from = random.nextInt(occupations);
					int to;
					do {
						to = kind.equals("random") ? random.nextInt(occupations)
								: from / EscoLayout.FAMILY * EscoLayout.FAMILY + random.nextInt(EscoLayout.FAMILY);
					}
					while (to == from || to >= occupations);
					long started = System.nanoTime();
					String route = post(port, importedRoute(from, to));
					slowest = Math.max(slowest, System.nanoTime() - started);
					if (route.contains("\"errors\"")) {
						System.out.println("  error: " + route.substring(0, Math.min(300, route.length())));
						continue;
					}
					var paths = JSON.readTree(route).path("data").path("careerRoute");
					if (!paths.path("paths").isEmpty()) {
						withPath++;
					}
					if (!paths.path("paths").isEmpty() || paths.path("direct").path("skillsToLearn").asInt(-1) >= 0) {
						answered++;
					}
				}
				System.out.printf(Locale.ROOT, "careerRoute within 4 moves, %-11s pairs: %2d of 30 with a path, %2d of 30 "
						+ "answered (a path or the direct move's gap), slowest %.0f ms%n", kind, withPath, answered, slowest / 1e6);
			}
			Question paths = new Question("careerPaths", r -> {
				int from = r.nextInt(occupations);
				int to = from / EscoLayout.FAMILY * EscoLayout.FAMILY + (from + 1 + r.nextInt(EscoLayout.FAMILY - 1)) % EscoLayout.FAMILY;
				return """
						{ careerPaths(from: "esco-occupation-%d", to: "esco-occupation-%d", maxSteps: 4, moves: [STATED, INFERRED, SIMILARITY]) { length newSkills steps { role { id } } } }"""
					.formatted(from, Math.min(to, occupations - 1));
			});
			Question anyPair = new Question("careerPaths random", r -> """
					{ careerPaths(from: "esco-occupation-%d", to: "esco-occupation-%d", maxSteps: 4, moves: [STATED, INFERRED, SIMILARITY]) { length newSkills steps { role { id } } } }"""
				.formatted(r.nextInt(occupations), r.nextInt(occupations)));
			Question similar = new Question("similarRoles", r -> """
					{ similarRoles(id: "esco-occupation-%d", first: 5) { role { id } score } }""".formatted(r.nextInt(occupations)));
			printCeiling(port);
			System.out.printf(Locale.ROOT, "%-20s %4s | %8s %7s %7s%n", "question", "conc", "api/s", "p50 ms", "p99 ms");
			for (Question question : List.of(paths, anyPair, similar)) {
				Inputs inputs = Inputs.of(question);
				inputs.wrk(port, 8, 3);
				Stats api = inputs.wrk(port, 8, seconds);
				System.out.printf(Locale.ROOT, "%-20s %4d | %8.0f %7.2f %7.2f%s%n", question.name(), 8, api.throughput(),
						api.p50(), api.p99(), api.errors() > 0 ? "  errors: " + api.errors() : "");
			}
		}
		finally {
			context.close();
		}
	}

	private static String importedRoute(int from, int to) {
		return """
				{ careerRoute(from: "esco-occupation-%d", to: "esco-occupation-%d", maxSteps: 4, moves: [STATED, INFERRED, SIMILARITY]) {
				    paths { length } direct { skillsToLearn } } }""".formatted(from, to);
	}

	/** Runs the application's command line in a fresh process and prints its timing and its own summary lines. */
	private static void command(String what, List<String> command) throws Exception {
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		int exit = process.waitFor();
		System.out.printf(Locale.ROOT, "%s: exit %d, process %.1f s%n", what, exit, (System.nanoTime() - started) / 1e9);
		lines.stream()
			.filter(line -> (line.contains("taxonomy.") || line.contains("SimilarMoves")) && !line.contains("ESCO import: "))
			.map(line -> "    " + line.substring(line.indexOf(" : ") + 3))
			.forEach(System.out::println);
		if (exit != 0) {
			lines.stream().skip(Math.max(0, lines.size() - 40)).forEach(System.out::println);
			throw new IllegalStateException(what + " failed");
		}
	}

	private static void timeStartUp(String how, List<String> command) throws Exception {
		Path data = Files.createTempDirectory("rolegraph-startup");
		for (String run : List.of("first start (loads the seed)", "restart (seed already loaded)")) {
			int port = freePort();
			List<String> full = concat(command, List.of("--server.port=" + port, "--rolegraph.embedded.data-dir=" + data.resolve("neo4j")), List.of());
			long started = System.nanoTime();
			Process process = new ProcessBuilder(full).redirectErrorStream(true)
				.redirectOutput(data.resolve("app.log").toFile())
				.start();
			try {
				while (true) {
					try {
						if (post(port, "{ sources { id } }").contains("\"003\"")) {
							break;
						}
					}
					catch (IOException ex) {
						if (!process.isAlive()) {
							throw new IllegalStateException("the application died; see " + data.resolve("app.log"));
						}
						Thread.sleep(50);
					}
				}
				System.out.printf(Locale.ROOT, "start-up to first answer, %s, %s: %.1f s%n", how, run,
						(System.nanoTime() - started) / 1e9);
			}
			finally {
				process.destroy();
				process.waitFor();
			}
		}
	}

	private static void exec(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("failed: " + String.join(" ", command));
		}
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		return Stream.of(parts).flatMap(List::stream).toList();
	}

	private static void run(double scale, int seconds, List<Integer> concurrencies) throws Exception {
		Path data = Path.of("target", "bench", "neo4j-x" + scale).toAbsolutePath();
		int bolt = freePort();
		ConfigurableApplicationContext context = SpringApplication.run(RolegraphApplication.class, "--server.port=0",
				"--rolegraph.embedded.temporary=false", "--rolegraph.embedded.data-dir=" + data,
				"--rolegraph.embedded.bolt-port=" + bolt, "--rolegraph.embedded.password=" + BENCH_PASSWORD,
				"--rolegraph.seed.enabled=false", "--rolegraph.security.curators=" + CURATORS, "--logging.level.root=WARN",
				"--spring.main.banner-mode=off",
				// Measuring what questions cost needs them all to run, however their costs are set today.
				"--rolegraph.limits.max-query-complexity=" + (only.contains("costs") ? 1_000_000_000 : 2_500),
				"--rolegraph.limits.heavy-query-time=" + (only.contains("costs") ? "1h" : "50ms"),
				"--rolegraph.limits.max-result-objects=" + (only.contains("costs") ? 1_000_000_000 : 20_000));
		ConfigurableApplicationContext external = null;
		ConfigurableApplicationContext capture = null;
		try {
			Driver driver = context.getBean(Driver.class);
			SyntheticGraph graph = new SyntheticGraph(scale);
			try (Session session = driver.session()) {
				long roles = session.run("MATCH (r:Role) RETURN count(r)").single().get(0).asLong();
				if (roles == 0) {
					long started = System.nanoTime();
					Map<String, Integer> counts = graph.load(driver);
					session.run("CALL db.awaitIndexes(600)").consume();
					// Written straight through the driver, as an analyst's tool would: count the bridging skills.
					context.getBean(SoleBridges.class).countAll();
					System.out.printf(Locale.ROOT, "%nscale x%s: loaded %s in %.1f s%n", scale, counts,
							(System.nanoTime() - started) / 1e9);
				}
				else {
					System.out.printf(Locale.ROOT, "%nscale x%s: reusing %s%n", scale, data);
				}
				System.out.printf(Locale.ROOT, "scale x%s: %s%n", scale, session.run("""
						MATCH (n) WITH labels(n)[0] AS label, count(*) AS n ORDER BY label
						RETURN collect(label + '=' + n) AS counts""").single().get(0).asList());
			}
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			// The production shape: the same application with its database elsewhere, reached over Bolt.
			external = SpringApplication.run(RolegraphApplication.class, "--server.port=0",
					"--spring.neo4j.uri=bolt://127.0.0.1:" + bolt, "--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=" + BENCH_PASSWORD, "--rolegraph.seed.enabled=false",
					"--rolegraph.security.curators=" + CURATORS, "--logging.level.root=WARN",
					"--spring.main.banner-mode=off");
			int externalPort = ((WebServerApplicationContext) external).getWebServer().getPort();
			int roles = graph.sizes().roles();
			Rows rows;
			try (Session session = driver.session()) {
				rows = Rows.read(session, cursorStrategy(context));
			}
			if (only.contains("costs")) {
				costs(context, port, roles, graph.sizes().skills(), seconds);
			}
			if (only.contains("heavy")) {
				heavyLoad(port, roles, graph.sizes().skills(), seconds);
			}
			List<Question> questions = questions(roles, graph.sizes().skills(), rows);
			printCeiling(port);
			if (only.isEmpty() || only.contains("revalidation")) {
				revalidation(port, typicalRole(driver), concurrencies, seconds);
			}
			// A third instance, never measured, whose driver records what the application sends for each input.
			capture = new SpringApplication(RolegraphApplication.class, StatementCapture.Wiring.class).run(
					"--server.port=0", "--spring.neo4j.uri=bolt://127.0.0.1:" + bolt,
					"--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=" + BENCH_PASSWORD, "--rolegraph.seed.enabled=false",
					"--rolegraph.security.curators=" + CURATORS, "--logging.level.root=WARN",
					"--spring.main.banner-mode=off");
			int capturePort = ((WebServerApplicationContext) capture).getWebServer().getPort();
			System.out.printf(Locale.ROOT, "%-20s %4s | %8s %7s %7s | %8s %7s %7s | %8s %7s %7s | %5s %5s%n", "question",
					"conc", "api/s", "p50 ms", "p99 ms", "ext/s", "p50 ms", "p99 ms", "drv/s", "p50 ms", "p99 ms", "api x",
					"ext x");
			for (Question question : questions) {
				if (!only.isEmpty() && !only.contains(question.name())) {
					continue;
				}
				Inputs inputs = Inputs.of(question, capturePort);
				// Warm every path (JIT, query plans, page cache) before measuring.
				inputs.wrk(port, 8, 5);
				inputs.wrk(externalPort, 8, 3);
				measure(() -> inputs.replay(driver), 8, 3);
				for (int concurrency : concurrencies) {
					Stats api = inputs.wrk(port, concurrency, seconds);
					Stats remote = inputs.wrk(externalPort, concurrency, seconds);
					Stats direct = measure(() -> inputs.replay(driver), concurrency, seconds);
					int errors = api.errors() + remote.errors() + direct.errors();
					System.out.printf(Locale.ROOT,
							"%-20s %4d | %8.0f %7.2f %7.2f | %8.0f %7.2f %7.2f | %8.0f %7.2f %7.2f | %5.2f %5.2f%s%n",
							question.name(), concurrency, api.throughput(), api.p50(), api.p99(), remote.throughput(),
							remote.p50(), remote.p99(), direct.throughput(), direct.p50(), direct.p99(),
							api.throughput() / direct.throughput(), remote.throughput() / direct.throughput(),
							errors > 0 ? "  errors: " + api.errors() + "/" + remote.errors() + "/" + direct.errors() : "");
				}
			}
		}
		finally {
			if (capture != null) {
				capture.close();
			}
			if (external != null) {
				external.close();
			}
			context.close();
		}
	}

	/**
	 * A repeated role page, as a CDN or browser asks for it: by POST (never cached), by GET (answered in full), and
	 * by GET with {@code If-None-Match} (304, nothing run); beside the smallest GET through the same filters, the
	 * liveness probe, as the floor of the stack with this load generator.
	 */
	private static void revalidation(int port, String role, List<Integer> concurrencies, int seconds) throws Exception {
		String page = "{ role(id: \"" + role + "\") { name skills { essential skill { name } } tools { tool { name } } } }";
		String path = "/graphql?query=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
		String server = "http://localhost:" + port;
		String etag = HTTP.send(HttpRequest.newBuilder(URI.create(server + path)).GET().build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
		Wrk.run(server + "/graphql", List.of(page), null, 8, 5);
		Wrk.get(server, path, null, 8, 3);
		Wrk.get(server, path, etag, 8, 3);
		System.out.printf(Locale.ROOT, "%-22s %4s | %8s %7s | %8s %7s | %8s %7s | %6s | %8s %7s%n", "role page, repeated",
				"conc", "POST/s", "p50 ms", "GET/s", "p50 ms", "304/s", "p50 ms", "304 x", "probe/s", "p50 ms");
		for (int concurrency : concurrencies) {
			Stats post = Wrk.run(server + "/graphql", List.of(page), null, concurrency, seconds);
			Stats get = Wrk.get(server, path, null, concurrency, seconds);
			Stats revalidated = Wrk.get(server, path, etag, concurrency, seconds);
			Stats probe = Wrk.get(server, "/actuator/health/liveness", null, concurrency, seconds);
			int errors = post.errors() + get.errors() + revalidated.errors() + probe.errors();
			System.out.printf(Locale.ROOT, "%-22s %4d | %8.0f %7.2f | %8.0f %7.2f | %8.0f %7.2f | %6.1f | %8.0f %7.2f%s%n",
					"", concurrency, post.throughput(), post.p50(), get.throughput(), get.p50(), revalidated.throughput(),
					revalidated.p50(), revalidated.throughput() / post.throughput(), probe.throughput(), probe.p50(),
					errors > 0 ? "  errors: " + post.errors() + "/" + get.errors() + "/" + revalidated.errors() + "/"
							+ probe.errors() : "");
		}
	}

	/** The role with the median number of skills, printed: a page neither lighter nor heavier than most. */
	private static String typicalRole(Driver driver) {
		try (Session session = driver.session()) {
			var median = session.run("""
					MATCH (r:Role) WITH r, COUNT { (r)-[:REQUIRES]->() } AS skills ORDER BY skills, r.id
					WITH collect({id: r.id, skills: skills}) AS roles
					RETURN roles[size(roles) / 2] AS median""").single().get("median");
			System.out.printf(Locale.ROOT, "role page: %s, the median role, with %d skills%n", median.get("id").asString(),
					median.get("skills").asLong());
			return median.get("id").asString();
		}
	}

	/** The load generator's own ceiling with this server: the empty request at C=1 and C=8, printed in every run. */
	private static void printCeiling(int port) throws Exception {
		Wrk.ensureInstalled();
		List<String> empty = List.of("{ __typename }");
		String url = "http://localhost:" + port + "/graphql";
		// The server's own code paths hot first, so that the ceiling is the generator's and the server's, not the JIT's.
		Wrk.run(url, empty, null, 8, 5);
		System.out.printf(Locale.ROOT, "load generator ceiling (wrk, empty request): C=1 %s; C=8 %s%n",
				Wrk.describe(Wrk.run(url, empty, null, 1, 3)), Wrk.describe(Wrk.run(url, empty, null, 8, 3)));
	}

	/**
	 * A question's inputs (the same 500 documents for every side, from a fixed seed) and, for each, the statements
	 * the application sent for it, which the driver baseline runs in one read transaction as the application does.
	 */
	record Inputs(List<String> documents, List<List<StatementCapture.Statement>> statements, boolean curator,
			java.util.concurrent.atomic.AtomicInteger next) {

		static final int COUNT = 500;

		/** The documents only, for runs without a driver baseline. */
		static Inputs of(Question question) {
			Random random = new Random(SyntheticGraph.SEED);
			List<String> documents = Stream.generate(() -> question.graphql().apply(random)).limit(COUNT).toList();
			return new Inputs(documents, List.of(), question.curator(), new java.util.concurrent.atomic.AtomicInteger());
		}

		/** The documents and, for each, the statements the instance at {@code capturePort} sends for it. */
		static Inputs of(Question question, int capturePort) throws Exception {
			Inputs inputs = of(question);
			List<List<StatementCapture.Statement>> statements = new ArrayList<>();
			StatementCapture.take();
			for (String document : inputs.documents()) {
				String answer = post(capturePort, document, question.curator());
				if (answer.contains("\"errors\"")) {
					System.out.println("  error while recording: " + answer.substring(0, Math.min(300, answer.length())));
				}
				statements.add(StatementCapture.take());
			}
			System.out.printf(Locale.ROOT, "  %s: the driver baseline replays %,d statements recorded for %d inputs%n",
					question.name(), statements.stream().mapToInt(List::size).sum(), COUNT);
			return new Inputs(inputs.documents(), statements, question.curator(), new java.util.concurrent.atomic.AtomicInteger());
		}

		Stats wrk(int port, int concurrency, int seconds) throws Exception {
			return Wrk.run("http://localhost:" + port + "/graphql", this.documents,
					this.curator ? CURATOR_AUTHORIZATION : null, concurrency, seconds);
		}

		/**
		 * The next input's statements through the driver in a READ session with the API's timeout, the way the
		 * application sent them: each in an auto-commit transaction of its own, or all in one read transaction.
		 */
		String replay(Driver driver) {
			List<StatementCapture.Statement> work = this.statements.get(Math.floorMod(this.next.getAndIncrement(), COUNT));
			TransactionConfig timeout = TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build();
			try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
				if (work.stream().allMatch(StatementCapture.Statement::autoCommit)) {
					for (StatementCapture.Statement statement : work) {
						session.run(statement.text(), statement.parameters(), timeout).list();
					}
				}
				else {
					session.executeRead(tx -> {
						for (StatementCapture.Statement statement : work) {
							tx.run(statement.text(), statement.parameters()).list();
						}
						return null;
					}, timeout);
				}
			}
			return "";
		}

	}

	private static List<Question> questions(int roles, int skills, Rows rows) {
		// Even indexes for one side and odd for the other, so that a question never compares a role with itself.
		Function<Random, Integer> role = random -> 2 * random.nextInt(Math.max(1, (roles - 10) / 2));
		return List.of(new Question("empty request", random -> "{ __typename }"),
				new Question("role+skills+tools", random -> """
						{ role(id: "role-%d") { name skills { essential skill { name } } tools { tool { name } } } }"""
					.formatted(role.apply(random))),
				new Question("compareRoles", random -> """
						{ compareRoles(a: "role-%d", b: "role-%d") { skillJaccard sharedSkills { skill { id } } onlyInA { skill { id } } } }"""
					.formatted(role.apply(random), role.apply(random) + 1)),
				new Question("skillGap", random -> """
						{ skillGap(to: "role-%d", from: "role-%d") { coverage missing { skill { id } heldBy { id } } } }"""
					.formatted(role.apply(random), role.apply(random) + 1)),
				careerPaths("careerPaths short", 2, role), careerPaths("careerPaths long", 6, role),
				new Question("matchRoles", random -> """
						{ matchRoles(have: ["skill-%d", "skill-%d", "skill-%d"], first: 10) { role { id } essentialCoverage } }"""
					.formatted(random.nextInt(50), random.nextInt(skills / 10), random.nextInt(skills))),
				new Question("search", random -> """
						{ search(text: "%s", first: 10) { kind score } }""".formatted(searchText(random))),
				new Question("similarRoles", random -> """
						{ similarRoles(id: "role-%d", first: 5) { role { id } score sharedSkills { id } } }"""
					.formatted(role.apply(random))),
				new Question("reportingChain", random -> """
						{ reportingChain(id: "role-%d") { above { role { id } depth } } }""".formatted(role.apply(random))),
				new Question("roleNeighborhood", random -> """
						{ roleNeighborhood(id: "role-%d") { nodes { id kind } edges { source target type } } }"""
					.formatted(role.apply(random))),
				new Question("roles page", random -> """
						{ roles(first: 20, after: "%s") { totalCount edges { node { id name skills { skill { id } } } } } }"""
					.formatted(rows.cursor("Role", random))),
				nodesPage("skills page", "skills", "Skill", rows), nodesPage("tools page", "tools", "Tool", rows),
				nodesPage("platforms page", "platforms", "Platform", rows),
				nodesPage("responsibilities page", "responsibilities", "Responsibility", rows),
				new Question("skill", random -> """
						{ skill(id: "skill-%d") { id name aliases } }""".formatted(random.nextInt(skills))),
				new Question("sources", random -> "{ sources { id title } }"),
				new Question("changes", random -> "{ changes(first: 20) { id at action } }", true),
				new Question("skillDemand", random -> "{ skillDemand(first: 10) { skill { id } roles essentialRoles } }"),
				new Question("bridgingSkills",
						random -> "{ bridgingSkills(first: 10) { skill { id } bridgedPairs pairs(first: 5) { a { id } b { id } } } }"));
	}

	/**
	 * One calibration point: a root field with its scaling argument (null when it has none) at one value, asked
	 * with the selection a page would ask for.
	 */
	record Point(String field, String argument, int value, Function<Random, String> graphql, boolean curator) {

		Point(String field, String argument, int value, Function<Random, String> graphql) {
			this(field, argument, value, graphql, false);
		}

	}

	/**
	 * Every root field of Query at the values of its scaling argument that limits/FieldCosts holds: the smallest
	 * or default and the largest page, every step count of careerPaths, every depth of roleNeighborhood.
	 */
	private static List<Point> calibration(int roles, int skills) {
		Function<Random, String> role = random -> "role-" + random.nextInt(roles);
		java.util.function.BiFunction<Random, Integer, String> have = (random, count) -> random.ints(count, 0, skills)
			.mapToObj(i -> "\"skill-" + i + "\"")
			.collect(java.util.stream.Collectors.joining(", ", "[", "]"));
		String lists = "skills { essential skill { id name } } tools { tool { id name } } "
				+ "responsibilities { responsibility { id name } } platforms { platform { id name } }";
		List<Point> all = new ArrayList<>();
		all.add(new Point("role", null, 0, random -> "{ role(id: \"%s\") { id name description %s reportsTo { role { id name } } directReports { role { id name } } nextSteps { role { id name } } } }"
			.formatted(role.apply(random), lists)));
		all.add(new Point("skill", null, 0, random -> "{ skill(id: \"skill-%d\") { id name description aliases } }"
			.formatted(random.nextInt(skills))));
		all.add(new Point("sources", null, 0, random -> "{ sources { id title } }"));
		all.add(new Point("compareRoles", null, 0, random -> "{ compareRoles(a: \"%s\", b: \"%s\") { skillJaccard sharedSkills { skill { id } } onlyInA { skill { id } } onlyInB { skill { id } } sharedTools { tool { id } } toolsOnlyInA { tool { id } } sharedResponsibilities { responsibility { id } } sharedPlatforms { platform { id } } } }"
			.formatted(role.apply(random), role.apply(random))));
		all.add(new Point("reportingChain", null, 0, random -> "{ reportingChain(id: \"%s\") { above { role { id } depth } below { role { id } depth } } }"
			.formatted(role.apply(random))));
		for (int first : List.of(10, 100)) {
			for (String page : List.of("roles", "skills", "tools", "platforms", "responsibilities")) {
				all.add(new Point(page, "first", first, random -> "{ %s(first: %d) { totalCount edges { node { id name } } } }"
					.formatted(page, first)));
			}
			all.add(new Point("changes", "first", first * 5, random -> "{ changes(first: %d) { id at action } }"
				.formatted(first * 5), true));
			all.add(new Point("similarRoles", "first", first, random -> "{ similarRoles(id: \"%s\", first: %d) { role { id } score sharedSkills { id } sharedRequirements { skill { id } } moveScore } }"
				.formatted(role.apply(random), first)));
			all.add(new Point("search", "first", first, random -> "{ search(text: \"%s\", first: %d) { kind score } }"
				.formatted(searchText(random) + " " + searchText(random) + " marketing strategy", first)));
			all.add(new Point("skillDemand", "first", first, random -> "{ skillDemand(first: %d) { skill { id } roles essentialRoles requiredBy { id } } }"
				.formatted(first)));
			all.add(new Point("bridgingSkills", "first", first, random -> "{ bridgingSkills(first: %d) { skill { id } bridgedPairs pairs { a { id } b { id } } } }"
				.formatted(first)));
		}
		all.add(new Point("skillGap", "have", 0, random -> "{ skillGap(to: \"%s\", from: \"%s\") { coverage missing { skill { id } heldBy { id } heldByCount } covered { skill { id } } } }"
			.formatted(role.apply(random), role.apply(random))));
		for (int count : List.of(10, 200)) {
			all.add(new Point("skillGap", "have", count, random -> "{ skillGap(to: \"%s\", have: %s) { coverage missing { skill { id } heldBy { id } heldByCount } covered { skill { id } } } }"
				.formatted(role.apply(random), have.apply(random, count))));
			all.add(new Point("matchRoles", "have", count, random -> "{ matchRoles(have: %s, first: 100) { role { id } essentialCoverage covered { id } missing { skill { id } } } }"
				.formatted(have.apply(random, count))));
		}
		for (int depth = 1; depth <= 3; depth++) {
			int hops = depth;
			all.add(new Point("roleNeighborhood", "depth", depth, random -> "{ roleNeighborhood(id: \"%s\", depth: %d) { nodes { id kind } edges { source target type } } }"
				.formatted(role.apply(random), hops)));
		}
		for (int steps = 1; steps <= 8; steps++) {
			int maxSteps = steps;
			all.add(new Point("careerPaths", "maxSteps", steps, random -> {
				int from = random.nextInt(roles - 8);
				return "{ careerPaths(from: \"role-%d\", to: \"role-%d\", maxSteps: %d, first: 20, moves: [STATED, INFERRED, SIMILARITY]) { length newSkills steps { role { id } learn { id } } } }"
					.formatted(from, from + maxSteps, maxSteps);
			}));
		}
		return all;
	}

	/**
	 * The server time per call of every calibration point at concurrency 1 with the limits lifted, after a warm-up
	 * pass over all of them: the mean of the server's own timer of /graphql requests (Micrometer's
	 * http.server.requests, which excludes this client), beside the client's mean and percentiles over HTTP. The
	 * server's mean is the figure limits/FieldCosts holds.
	 */
	private static void costs(ConfigurableApplicationContext context, int port, int roles, int skills, int seconds)
			throws Exception {
		io.micrometer.core.instrument.MeterRegistry meters = context.getBean(io.micrometer.core.instrument.MeterRegistry.class);
		List<Point> points = calibration(roles, skills);
		// Warm up until the JIT and the page cache have settled: three passes over every point.
		for (int pass = 0; pass < 3; pass++) {
			for (Point point : points) {
				measure(() -> post(port, point.graphql().apply(new Random()), point.curator()), 1, 1);
			}
		}
		System.out.printf(Locale.ROOT, "%ncosts at this scale (C=1, %d s each, after three warm-up passes)%n", seconds);
		System.out.printf(Locale.ROOT, "%-18s %-9s %5s | %9s %7s | %8s %8s %8s | %7s%n", "root field", "argument", "value",
				"server ms", "calls", "client", "p50 ms", "p99 ms", "points");
		for (Point point : points) {
			double[] before = serverTimer(meters);
			Stats stats = measure(() -> post(port, point.graphql().apply(new Random()), point.curator()), 1, seconds);
			double[] after = serverTimer(meters);
			double calls = after[0] - before[0];
			double server = (after[1] - before[1]) / calls;
			System.out.printf(Locale.ROOT, "%-18s %-9s %5s | %9.2f %7.0f | %8.2f %8.2f %8.2f | %7d%s%n", point.field(),
					point.argument() == null ? "-" : point.argument(), point.argument() == null ? "-" : point.value(),
					server, calls, 1000 / stats.throughput(), stats.p50(), stats.p99(),
					(long) Math.ceil(server / MS_PER_POINT), stats.errors() > 0 ? "  errors: " + stats.errors() : "");
		}
	}

	/** How many /graphql requests the server timed, and their total milliseconds. */
	private static double[] serverTimer(io.micrometer.core.instrument.MeterRegistry meters) {
		double count = 0;
		double millis = 0;
		for (io.micrometer.core.instrument.Timer timer : meters.find("http.server.requests").tag("uri", "/graphql").timers()) {
			count += timer.count();
			millis += timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		return new double[] { count, millis };
	}

	/**
	 * Heavy questions against light ones: a role page's latency alone, then while 8 clients send the heaviest query
	 * the limits allow (as many aliases of one heavy question as the budget admits), once as clients that wait the
	 * retry hint of a TOO_BUSY answer and once as clients that retry at once. The empty request's rate is printed
	 * first: the floor of this load generator and server together.
	 */
	private static void heavyLoad(int port, int roles, int skills, int seconds) throws Exception {
		Function<Random, String> page = random -> """
				{ role(id: "role-%d") { name skills { essential skill { name } } tools { tool { name } } } }"""
			.formatted(random.nextInt(roles));
		Map<String, Function<Random, String>> heavy = heavyQuestions(roles, skills);
		// Warm up the server and this client (JIT, plans, page cache) on everything measured below.
		measure(() -> post(port, "{ __typename }"), 1, 3);
		for (int pass = 0; pass < 3; pass++) {
			measure(() -> post(port, page.apply(new Random())), 1, 3);
			for (Function<Random, String> question : heavy.values()) {
				measure(() -> post(port, aliased(question, 1, new Random())), 1, 1);
			}
		}
		Stats empty = measure(() -> post(port, "{ __typename }"), 1, seconds);
		Stats idle = measure(() -> post(port, page.apply(new Random())), 1, seconds);
		System.out.printf(Locale.ROOT, "%nheavy load: empty request alone %.0f/s (p50 %.2f ms); role page alone %.0f/s, "
				+ "p50 %.2f ms, p99 %.2f ms%n", empty.throughput(), empty.p50(), idle.throughput(), idle.p50(), idle.p99());
		System.out.printf(Locale.ROOT, "%-34s %-6s | %8s %8s %6s | %9s %9s %7s%n", "heavy question (aliases)", "client",
				"page p50", "page p99", "x idle", "heavy ok/s", "busy/s", "other");
		for (Map.Entry<String, Function<Random, String>> question : heavy.entrySet()) {
			int aliases = 1;
			while (aliases < 200 && !post(port, aliased(question.getValue(), aliases + 1, new Random()))
				.contains("maximum query complexity")) {
				aliases++;
			}
			int allowed = aliases;
			for (boolean polite : List.of(true, false)) {
				java.util.concurrent.atomic.AtomicLong ok = new java.util.concurrent.atomic.AtomicLong();
				java.util.concurrent.atomic.AtomicLong busy = new java.util.concurrent.atomic.AtomicLong();
				java.util.concurrent.atomic.AtomicLong other = new java.util.concurrent.atomic.AtomicLong();
				long end = System.nanoTime() + Duration.ofSeconds(seconds + 2).toNanos();
				List<Thread> clients = new ArrayList<>();
				for (int c = 0; c < 8; c++) {
					clients.add(Thread.ofPlatform().start(() -> {
						Random random = new Random();
						while (System.nanoTime() < end) {
							try {
								String answer = post(port, aliased(question.getValue(), allowed, random));
								if (answer.contains("TOO_BUSY")) {
									busy.incrementAndGet();
									if (polite) {
										java.util.regex.Matcher hint = java.util.regex.Pattern.compile("\"retryAfterMs\":(\\d+)")
											.matcher(answer);
										Thread.sleep(hint.find() ? Long.parseLong(hint.group(1)) : 100);
									}
								}
								else if (answer.contains("\"errors\"")) {
									if (other.incrementAndGet() == 1) {
										System.out.println("  first other answer: " + answer.substring(0, Math.min(300, answer.length())));
									}
								}
								else {
									ok.incrementAndGet();
								}
							}
							catch (Exception ex) {
								other.incrementAndGet();
							}
						}
					}));
				}
				Thread.sleep(1000);
				Stats loaded = measure(() -> post(port, page.apply(new Random())), 1, seconds);
				for (Thread client : clients) {
					client.join();
				}
				System.out.printf(Locale.ROOT, "%-34s %-6s | %8.2f %8.2f %6.2f | %9.1f %9.1f %7d%n",
						question.getKey() + " x" + allowed, polite ? "waits" : "floods", loaded.p50(), loaded.p99(),
						loaded.p50() / idle.p50(), ok.get() / (seconds + 2.0), busy.get() / (seconds + 2.0), other.get());
			}
		}
	}

	/** The heavy questions of the load test, each as one alias's text for a random input. */
	private static Map<String, Function<Random, String>> heavyQuestions(int roles, int skills) {
		Map<String, Function<Random, String>> heavy = new java.util.LinkedHashMap<>();
		heavy.put("careerPaths(maxSteps: 8, first: 20)", random -> {
			int from = random.nextInt(roles - 8);
			return "careerPaths(from: \"role-%d\", to: \"role-%d\", maxSteps: 8, first: 20) { length steps { role { id } } }"
				.formatted(from, from + 8);
		});
		heavy.put("similarRoles(first: 100)", random -> "similarRoles(id: \"role-%d\", first: 100) { role { id } score }"
			.formatted(random.nextInt(roles)));
		heavy.put("matchRoles(have: 200 ids, first: 100)", random -> "matchRoles(have: %s, first: 100) { role { id } essentialCoverage }"
			.formatted(random.ints(200, 0, skills).mapToObj(i -> "\"skill-" + i + "\"")
				.collect(java.util.stream.Collectors.joining(", ", "[", "]"))));
		return heavy;
	}

	private static String aliased(Function<Random, String> question, int aliases, Random random) {
		StringBuilder document = new StringBuilder("{ ");
		for (int i = 0; i < aliases; i++) {
			document.append('q').append(i).append(": ").append(question.apply(random)).append(' ');
		}
		return document.append('}').toString();
	}

	/** What one cost point stands for (limits/FieldCosts.MS_PER_POINT). */
	private static final double MS_PER_POINT = 0.2;

	/** A page of 20 nodes of one label after a random one of them, as a client continuing from a cursor asks. */
	private static Question nodesPage(String name, String field, String label, Rows rows) {
		return new Question(name, random -> """
				{ %s(first: 20, after: "%s") { totalCount edges { node { id name } } } }"""
			.formatted(field, rows.cursor(label, random)));
	}

	/** The (English name, id) of every node of the paged labels, to continue a page after a random one. */
	record Rows(Map<String, List<String[]>> byLabel, CursorStrategy<ScrollPosition> cursors) {

		static Rows read(Session session, CursorStrategy<ScrollPosition> cursors) {
			Map<String, List<String[]>> byLabel = new java.util.HashMap<>();
			for (String label : GraphSchema.NAMED) {
				byLabel.put(label, session.run("MATCH (n:" + label + ") RETURN n.nameEn AS name, n.id AS id")
					.list(row -> new String[] { row.get("name").asString(), row.get("id").asString() }));
			}
			return new Rows(byLabel, cursors);
		}

		private String[] pick(String label, Random random) {
			List<String[]> rows = this.byLabel.get(label);
			return rows.get(random.nextInt(rows.size()));
		}

		/** The cursor the API gives out for a random row, made by the API's own cursor strategy. */
		String cursor(String label, Random random) {
			String[] row = pick(label, random);
			return this.cursors.toCursor(ScrollPosition.forward(Map.of("nameEn", row[0], "id", row[1])));
		}

	}

	@SuppressWarnings("unchecked")
	private static CursorStrategy<ScrollPosition> cursorStrategy(ConfigurableApplicationContext context) {
		return context.getBean(CursorStrategy.class);
	}

	private static String searchText(Random random) {
		return SyntheticGraph.name(random, random.nextInt(100)).replaceAll(" \\d+$", "").replace("a", random.nextBoolean() ? "a" : "e");
	}

	private static Question careerPaths(String name, int steps, Function<Random, Integer> role) {
		return new Question(name, random -> {
			int from = role.apply(random);
			return """
					{ careerPaths(from: "role-%d", to: "role-%d", maxSteps: %d) { length newSkills steps { role { id } } } }"""
				.formatted(from, from + steps, steps);
		});
	}

	/** Runs {@code call} from {@code concurrency} threads for {@code seconds}; latencies in milliseconds. */
	private static Stats measure(Call call, int concurrency, int seconds) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Future<long[]>> futures = new ArrayList<>();
		int[] errors = new int[1];
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			for (int t = 0; t < concurrency; t++) {
				futures.add(pool.submit(() -> {
					long[] latencies = new long[1 << 16];
					int n = 0;
					while (System.nanoTime() < end && n < latencies.length) {
						long started = System.nanoTime();
						try {
							String answer = call.run();
							if (answer.contains("\"errors\"")) {
								synchronized (errors) {
									if (errors[0]++ == 0) {
										System.out.println("  first error: " + answer.substring(0, Math.min(300, answer.length())));
									}
								}
							}
						}
						catch (Exception ex) {
							synchronized (errors) {
								errors[0]++;
							}
						}
						latencies[n++] = System.nanoTime() - started;
					}
					return Arrays.copyOf(latencies, n);
				}));
			}
			long[] all = futures.stream().flatMapToLong(future -> {
				try {
					return Arrays.stream(future.get());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).sorted().toArray();
			if (all.length == 0) {
				return new Stats(0, Double.NaN, Double.NaN, errors[0]);
			}
			return new Stats(all.length / (double) seconds, all[(int) (all.length * 0.50)] / 1e6,
					all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6, errors[0]);
		}
	}

	interface Call {

		String run() throws Exception;

	}

	private static String post(int port, String query) throws IOException, InterruptedException {
		return post(port, query, false);
	}

	private static String post(int port, String query, boolean curator) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json");
		if (curator) {
			request.header("Authorization", CURATOR_AUTHORIZATION);
		}
		return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
