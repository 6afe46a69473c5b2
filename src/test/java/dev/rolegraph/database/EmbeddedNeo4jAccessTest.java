package dev.rolegraph.database;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import dev.rolegraph.ApiTest;
import dev.rolegraph.database.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a client outside the application can do on the embedded database's Bolt port. */
class EmbeddedNeo4jAccessTest extends ApiTest {

	@Autowired
	EmbeddedNeo4j neo4j;

	/**
	 * By default Neo4j keeps a plan per bucket of each string parameter's length: the first unknown id shorter than
	 * the graph's ids planned a statement again (measured: 0.3-1.6 s on an imported graph, 21-52 ms with one plan).
	 */
	@Test
	void anIdOfAnotherLengthReusesTheStatementsPlan() {
		assertThat(this.neo4j.setting(GraphDatabaseInternalSettings.cypher_size_hint_parameters)).isFalse();
	}

	@Test
	void aClientWithoutCredentialsIsRefused() {
		try (var driver = GraphDatabase.driver(this.neo4j.publicBoltUri(), AuthTokens.none())) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(SecurityException.class);
		}
	}

	@Test
	void aClientWithAWrongPasswordIsRefused() {
		try (var driver = GraphDatabase.driver(this.neo4j.publicBoltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(SecurityException.class);
		}
	}

	@Test
	void theOperatorWithTheGeneratedCredentialReachesTheGraphThroughTheGate() {
		try (var driver = GraphDatabase.driver(this.neo4j.publicBoltUri(),
				AuthTokens.basic("neo4j", this.neo4j.password()));
				var session = driver.session()) {
			assertThat(session.run("MATCH (s:Source) RETURN count(s)").single().get(0).asLong()).isEqualTo(5);
		}
	}

	@Test
	void theGeneratedCredentialIsReadableByItsOwnerOnly() throws Exception {
		assertThat(Files.readString(this.neo4j.credentialFile()).strip()).isEqualTo(this.neo4j.password());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.neo4j.credentialFile())))
			.isEqualTo("rw-------");
		assertThat(this.neo4j.password()).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void loadCsvCannotReadLocalFiles() {
		try (var session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line").list())
				.isInstanceOf(ClientException.class)
				.hasMessageContaining("file");
		}
	}

	@Test
	void aWebSocketHandshakeOnTheBoltPortIsClosedUnanswered() throws Exception {
		var address = this.neo4j.publicBoltUri();
		try (Socket socket = new Socket(address.getHost(), address.getPort())) {
			socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
					+ "Connection: Upgrade\r\nOrigin: https://attacker.example\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
					+ "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			socket.setSoTimeout(5_000);
			InputStream in = socket.getInputStream();
			assertThat(in.readAllBytes()).as("no HTTP 101 or any other answer").isEmpty();
		}
	}

	@Test
	void theDatabasesOwnBoltPortIsOneBrowsersRefuseToOpen() {
		assertThat(BrowserBlockedPorts.PORTS).contains(this.neo4j.boltUri().getPort());
	}

	@Test
	void boltListensOnLoopbackOnly() throws Exception {
		assertThat(InetAddress.getByName(this.neo4j.publicBoltUri().getHost()).isLoopbackAddress()).isTrue();
		assertThat(InetAddress.getByName(this.neo4j.boltUri().getHost()).isLoopbackAddress()).isTrue();
	}

}
