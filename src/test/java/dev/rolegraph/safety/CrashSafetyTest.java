package dev.rolegraph.safety;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forks the application on a data directory, streams acknowledged writes at it, kills it with SIGKILL in the
 * middle, restarts it on the same directory and checks that every acknowledged write survived and that no write
 * survived half-applied (a skill without its audit record, or the reverse).
 */
@Tag("end-to-end")
class CrashSafetyTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String AUTH = "Basic "
			+ Base64.getEncoder().encodeToString("curator:curator-test-password".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path data;

	private Process start(int port) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		// A short-lived fork: the quick compiler only, and no warm-up competing with the writes for 2 cores.
		List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
				"--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "dev.rolegraph.RolegraphApplication", "--server.port=" + port,
				"--rolegraph.embedded.temporary=false", "--rolegraph.embedded.data-dir=" + this.data.resolve("neo4j"),
				"--rolegraph.embedded.bolt-port=0", "--rolegraph.warm-up.enabled=false"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.data.resolve("app-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private JsonNode post(int port, String query, Map<String, Object> variables) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Authorization", AUTH)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode());
		}
		return JSON.readTree(response.body());
	}

	private void awaitReady(int port, Process process) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the application died while starting; see its log in " + this.data).isTrue();
			try {
				if (post(port, "{ sources { id } }", Map.of()).path("data").path("sources").size() == 5) {
					return;
				}
			}
			catch (IOException ex) {
				Thread.sleep(250);
			}
		}
		throw new AssertionError("the application did not answer within 90 s");
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKillAndNoneIsHalfApplied() throws Exception {
		int port = freePort();
		Process first = start(port);
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		AtomicBoolean stop = new AtomicBoolean();
		try {
			awaitReady(port, first);
			// Four writers, so that writes are in flight when the process dies.
			List<Thread> writers = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int writerId = w;
				writers.add(Thread.ofPlatform().start(() -> {
					for (int i = 0; !stop.get(); i++) {
						String id = "test-crash-" + writerId + "-" + i;
						try {
							JsonNode answer = post(port, """
									mutation($id: ID!) { createSkill(input: {id: $id, name: {en: "Crash", id: "Crash"},
									  evidence: {sourceId: "003", lines: "70"}}) { skill { id } errors { code } } }""",
									Map.of("id", id));
							if (id.equals(answer.path("data").path("createSkill").path("skill").path("id").asString(null))) {
								acknowledged.add(id);
							}
						}
						catch (IOException | InterruptedException ex) {
							return;
						}
					}
				}));
			}
			while (acknowledged.size() < 40) {
				Thread.sleep(20);
			}
			first.destroyForcibly().waitFor();
			stop.set(true);
			for (Thread writer : writers) {
				writer.join();
			}
		}
		finally {
			first.destroyForcibly().waitFor();
		}

		Process second = start(port);
		try {
			awaitReady(port, second);
			JsonNode skills = post(port, "{ skills(first: 100) { edges { node { id } } } }", Map.of());
			Set<String> stored = new TreeSet<>();
			skills.path("data").path("skills").path("edges").forEach(edge -> {
				String id = edge.path("node").path("id").asString();
				if (id.startsWith("test-crash-")) {
					stored.add(id);
				}
			});
			JsonNode changes = post(port, "{ changes(by: \"curator\", first: 500) { action entityId } }", Map.of());
			Set<String> audited = new TreeSet<>();
			changes.path("data").path("changes").forEach(change -> audited.add(change.path("entityId").asString()));
			assertThat(stored).containsAll(acknowledged);
			assertThat(audited).as("every stored skill has its audit record and no audit record lacks its skill")
				.isEqualTo(stored);
			System.out.printf("crash safety: %d writes acknowledged before SIGKILL, %d stored after restart, %d audited%n",
					acknowledged.size(), stored.size(), audited.size());
		}
		finally {
			second.destroy();
			second.waitFor();
		}
	}

}
