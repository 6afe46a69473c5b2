package dev.rolegraph.faults;

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
import java.util.Base64;
import java.util.List;

import dev.rolegraph.database.DatabaseProcess;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Rolegraph as it is deployed: a Neo4j server in a process of its own and application replicas ({@code java -jar}
 * on the packaged jar) pointed at it by {@code NEO4J_URI}. Processes write their output to files in the working
 * directory, which the tests read to count log lines.
 */
final class Deployment implements AutoCloseable {

	static final String PASSWORD = "fault-test-password";

	static final String CURATOR_AUTH = "Basic "
			+ Base64.getEncoder().encodeToString("curator:curator-test-password".getBytes(StandardCharsets.UTF_8));

	private static final String CURATORS = "curator:{bcrypt}$2a$04$PRmZH6YHVAWNXsXxPFfM2Ow2vkT2BusR90sKQrmo2sfQjVZ4r8/Pa";

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path work;

	private final int boltPort;

	private final List<Process> replicas = new ArrayList<>();

	private Process database;

	private Driver driver;

	Deployment(Path work) throws IOException {
		this.work = Files.createDirectories(work);
		this.boltPort = freePort();
	}

	/** Starts the database process on this deployment's files and port and waits until it answers a statement. */
	void startDatabase() throws Exception {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(jvmArgs());
		command.addAll(List.of("-Xmx1g", "-cp", testClassPath(), DatabaseProcess.class.getName(),
				this.work.resolve("db").toString(), Integer.toString(this.boltPort), PASSWORD));
		this.database = start(command, this.work.resolve("database.log"));
		if (this.driver == null) {
			this.driver = GraphDatabase.driver("bolt://localhost:" + this.boltPort, AuthTokens.basic("neo4j", PASSWORD),
					// Its failed connections while the database is away are expected; their stacks are noise.
					Config.builder().withLogging(Logging.none()).build());
		}
		awaitDatabase(Duration.ofSeconds(180));
	}

	/** SIGKILL: no shutdown hook, no checkpoint; the next start recovers from the transaction log. */
	void killDatabase() throws InterruptedException {
		this.database.destroyForcibly().waitFor();
	}

	/** Blocks until the database runs a statement, or fails after {@code limit}. */
	void awaitDatabase(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			try {
				this.driver.executableQuery("RETURN 1").execute();
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

	/** Starts one application replica on the database; its log goes to {@code replica-<n>.log}. */
	Replica startReplica() throws IOException {
		int port = freePort();
		int n = this.replicas.size() + 1;
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(jvmArgs());
		command.addAll(List.of("-Xmx1g", "-jar", System.getProperty("rolegraph.jar"),
				"--spring.neo4j.uri=bolt://localhost:" + this.boltPort, "--spring.neo4j.authentication.password=" + PASSWORD,
				"--server.port=" + port, "--rolegraph.security.curators=" + CURATORS));
		Path log = this.work.resolve("replica-" + n + ".log");
		this.replicas.add(start(command, log));
		return new Replica(port, log);
	}

	Driver driver() {
		return this.driver;
	}

	@Override
	public void close() throws Exception {
		for (Process replica : this.replicas) {
			replica.destroy();
		}
		for (Process replica : this.replicas) {
			replica.waitFor();
		}
		if (this.database != null) {
			this.database.destroy();
			this.database.waitFor();
		}
		if (this.driver != null) {
			this.driver.close();
		}
	}

	/** One application replica: its port and its log. */
	record Replica(int port, Path log) {

		String graphql() {
			return "http://localhost:" + this.port + "/graphql";
		}

		/** Waits until the load balancer would send it traffic: readiness (warm-up done, database reached) UP. */
		void awaitReady(Duration limit) throws InterruptedException {
			long deadline = System.nanoTime() + limit.toNanos();
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5))
				.build();
			while (true) {
				try {
					if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("replica on port " + this.port + " not ready; see " + this.log);
				}
				Thread.sleep(250);
			}
		}

		/** The answer's body, or "io" when no HTTP answer came. */
		String post(String query, boolean curator) {
			var request = HttpRequest.newBuilder(URI.create(graphql()))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + json(query) + "}"));
			if (curator) {
				request.header("Authorization", CURATOR_AUTH);
			}
			try {
				return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
			}
			catch (IOException ex) {
				return "io";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "io";
			}
		}

		long logLines() throws IOException {
			try (var lines = Files.lines(this.log, StandardCharsets.ISO_8859_1)) {
				return lines.count();
			}
		}

		List<String> logSince(long line) throws IOException {
			try (var lines = Files.lines(this.log, StandardCharsets.ISO_8859_1)) {
				return lines.skip(line).toList();
			}
		}

	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static Process start(List<String> command, Path log) throws IOException {
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static List<String> jvmArgs() {
		return Arrays.stream(System.getProperty("rolegraph.jvm.args", "").split("\\s+")).filter(a -> !a.isBlank()).toList();
	}

	/** Failsafe runs tests from a manifest-only jar; this is the class path it names. */
	private static String testClassPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
