import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Kills the database under load and counts what clients saw. Starts a database process (rolegraph's jar with its
 * embedded Neo4j, Bolt on a port) and the application on it over Bolt (NEO4J_URI), runs 6 readers and 2 curator
 * writers against the application, and kills the database with SIGKILL {@code outages} times, restarting it each
 * time. Prints per outage: classified errors, INTERNAL_ERRORs, the application's log lines, and the time from the
 * database accepting a statement to the application answering again; at the end, acknowledged writes lost and
 * unknown outcomes resolved from the audit trail. Run by run.sh.
 */
public class FaultRun {

	static final Pattern CLASSIFICATION = Pattern.compile("\"classification\":\"([A-Z_]+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("curator:curator-test-password".getBytes(StandardCharsets.UTF_8));

	static final String CURATORS = "curator:{bcrypt}$2a$04$PRmZH6YHVAWNXsXxPFfM2Ow2vkT2BusR90sKQrmo2sfQjVZ4r8/Pa";

	static final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();

	static final List<String> acknowledged = new CopyOnWriteArrayList<>();

	static final List<String> unknown = new CopyOnWriteArrayList<>();

	static final AtomicLong lastRead = new AtomicLong();

	public static void main(String[] args) throws Exception {
		String java = args[0];
		String jar = args[1];
		Path work = Path.of(args[2]);
		int outages = Integer.parseInt(args[3]);
		int bolt = 7791;
		int appPort = 8791;
		String password = "fault-run-password";
		List<String> vm = List.of(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx1g");
		List<String> database = new ArrayList<>(vm);
		database.addAll(List.of("-jar", jar, "--rolegraph.embedded.data-dir=" + work.resolve("db"),
				"--rolegraph.embedded.bolt-port=" + bolt, "--rolegraph.embedded.password=" + password, "--server.port=0",
				"--rolegraph.warm-up.enabled=false"));
		List<String> app = new ArrayList<>(vm);
		app.addAll(List.of("-jar", jar, "--spring.neo4j.uri=bolt://localhost:" + bolt,
				"--spring.neo4j.authentication.password=" + password, "--server.port=" + appPort,
				"--rolegraph.security.curators=" + CURATORS));
		Process db = start(database, work.resolve("database.log"));
		Driver driver = GraphDatabase.driver("bolt://localhost:" + bolt, AuthTokens.basic("neo4j", password));
		awaitDatabase(driver, 120);
		Path appLog = work.resolve("app.log");
		Process application = start(app, appLog);
		String url = "http://localhost:" + appPort + "/graphql";
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!post(url, "{ role(id: \"social-media-officer\") { id } }", false).contains("\"id\"")) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the application did not answer; see " + appLog);
			}
			Thread.sleep(250);
		}
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < 6; c++) {
			clients.add(Thread.ofPlatform().start(() -> {
				while (!stop.get()) {
					String answer = post(url, "{ role(id: \"social-media-officer\") { id name skills { skill { id } } } }", false);
					count(answer);
					if (answer.contains("\"id\":\"social-media-officer\"")) {
						lastRead.set(System.nanoTime());
					}
				}
			}));
		}
		for (int w = 0; w < 2; w++) {
			int writer = w;
			clients.add(Thread.ofPlatform().start(() -> {
				for (int i = 0; !stop.get(); i++) {
					String id = "fault-" + writer + "-" + i;
					String answer = post(url, "mutation { createSkill(input: {id: \"" + id + "\", name: {en: \"Fault\", id: \"Fault\"},"
							+ " evidence: {sourceId: \"003\", lines: \"70\"}}) { skill { id } errors { code } } }", true);
					count(answer);
					if (answer.contains("\"skill\":{\"id\":\"" + id + "\"}")) {
						acknowledged.add(id);
					}
					else if (answer.contains("UNKNOWN_OUTCOME")) {
						unknown.add(id);
					}
				}
			}));
		}
		System.out.println("outage  db-back-after-kill-s  answered-after-db-ms  classified  INTERNAL_ERROR  app-log-lines");
		for (int outage = 1; outage <= outages; outage++) {
			Thread.sleep(4_000);
			long linesBefore = lines(appLog);
			Map<String, Long> before = snapshot();
			long killed = System.nanoTime();
			db.destroyForcibly().waitFor();
			Thread.sleep(2_000);
			db = start(database, work.resolve("database.log"));
			awaitDatabase(driver, 180);
			long back = System.nanoTime();
			while (lastRead.get() - back < 0 && System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
				Thread.sleep(5);
			}
			long answered = lastRead.get() - back;
			Thread.sleep(1_000);
			Map<String, Long> after = snapshot();
			long classified = 0;
			for (var entry : after.entrySet()) {
				if (!entry.getKey().equals("INTERNAL_ERROR") && !entry.getKey().equals("ok") && !entry.getKey().equals("io")) {
					classified += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
				}
			}
			System.out.printf("%6d  %20.1f  %20d  %10d  %14d  %13d%n", outage, (back - killed) / 1e9,
					Math.max(0, answered / 1_000_000), classified,
					after.getOrDefault("INTERNAL_ERROR", 0L) - before.getOrDefault("INTERNAL_ERROR", 0L),
					lines(appLog) - linesBefore);
		}
		Thread.sleep(2_000);
		stop.set(true);
		for (Thread client : clients) {
			client.join();
		}
		Set<String> present = Set.copyOf(driver.executableQuery("MATCH (s:Skill) WHERE s.id STARTS WITH 'fault-' RETURN collect(s.id) AS ids")
			.execute().records().getFirst().get("ids").asList(v -> v.asString()));
		long lost = acknowledged.stream().filter(id -> !present.contains(id)).count();
		long audited = driver.executableQuery("MATCH (c:Change {action: 'CREATE', entity: 'Skill'}) WHERE c.entityId IN $ids RETURN count(c) AS n")
			.withParameters(Map.of("ids", unknown)).execute().records().getFirst().get("n").asLong();
		long unknownPresent = unknown.stream().filter(present::contains).count();
		System.out.println("answers by classification: " + snapshot());
		System.out.printf("acknowledged writes %d, lost %d; unknown outcomes %d: written %d (audit records %d), not written %d%n",
				acknowledged.size(), lost, unknown.size(), unknownPresent, audited, unknown.size() - unknownPresent);
		application.destroy();
		db.destroy();
		application.waitFor();
		db.waitFor();
		driver.close();
	}

	static Map<String, Long> snapshot() {
		Map<String, Long> copy = new java.util.TreeMap<>();
		seen.forEach((k, v) -> copy.put(k, v.get()));
		return copy;
	}

	static void count(String answer) {
		Matcher matcher = CLASSIFICATION.matcher(answer);
		String kind = answer.equals("io") ? "io" : matcher.find() ? matcher.group(1) : "ok";
		seen.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
	}

	static long lines(Path log) throws Exception {
		try (var stream = Files.lines(log, StandardCharsets.ISO_8859_1)) {
			return stream.count();
		}
	}

	static Process start(List<String> command, Path log) throws Exception {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
	}

	static void awaitDatabase(Driver driver, int seconds) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		while (true) {
			try {
				driver.executableQuery("RETURN 1").execute();
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(20);
			}
		}
	}

	static String post(String url, String query, boolean curator) {
		try {
			var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/json");
			if (curator) {
				request.header("Authorization", AUTH);
			}
			String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
			return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			return "io";
		}
	}

}
