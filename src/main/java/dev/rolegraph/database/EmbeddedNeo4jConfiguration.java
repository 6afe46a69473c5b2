package dev.rolegraph.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real Neo4j DBMS inside this JVM and hands Boot its Bolt address and credential, so that the driver,
 * Neo4jClient and the repositories talk to it exactly as they would to an external server. Closed by default:
 * authentication on, no file URLs for LOAD CSV, Bolt on loopback only, and tools outside the JVM reach it through
 * a {@link BoltGate} that serves Bolt and nothing else (no WebSocket).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalNeo4jAbsent.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	/** Name of the file in the data directory that holds the generated database password. */
	static final String CREDENTIAL_FILE = "rolegraph-neo4j.credentials";

	/** Digest of the password last set on the database, so that a restart does not set it again. */
	static final String APPLIED_FILE = "rolegraph-neo4j.applied";

	static final String USER = "neo4j";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "stop")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) throws IOException {
		return EmbeddedNeo4j.start(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(USER, neo4j.password);
			}

		};
	}

	/** The running DBMS, its directory, its Bolt addresses and its credential. */
	static final class EmbeddedNeo4j {

		private final DatabaseManagementService dbms;

		private final BoltGate gate;

		private final String password;

		private final Path credentialFile;

		private final Path directory;

		private final boolean temporary;

		private final URI boltUri;

		private EmbeddedNeo4j(DatabaseManagementService dbms, Path directory, boolean temporary, String password,
				Path credentialFile, EmbeddedNeo4jProperties properties) throws IOException {
			this.dbms = dbms;
			this.directory = directory;
			this.temporary = temporary;
			this.password = password;
			this.credentialFile = credentialFile;
			var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			var address = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			this.boltUri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
			this.gate = BoltGate.open(properties.boltAddress(), properties.boltPort(), address.getPort());
		}

		static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) throws IOException {
			Path directory = properties.temporary() ? Files.createTempDirectory("rolegraph-neo4j")
					// Neo4j rejects relative paths.
					: Path.of(properties.dataDir()).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			Path credentialFile = directory.resolve(CREDENTIAL_FILE);
			String password = StringUtils.hasText(properties.password()) ? properties.password()
					: Credentials.readOrCreate(credentialFile);
			long started = System.nanoTime();
			DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(directory)
				.setConfig(BoltConnector.enabled, true)
				// A private port that browsers refuse to open: tools outside the JVM come in through the gate.
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", BrowserBlockedPorts.firstFree()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				// The HTTP module cannot be left out of the jar, but Tomcat serves HTTP here.
				.setConfig(HttpConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				// The graph is small and hot after the first queries; warming the page cache only delays start-up.
				.setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
				// No per-query log file: the API logs what it needs; the database directory stays small.
				.setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
				// A plan is cached per statement and parameter types, and by default per bucket of each string
				// parameter's length too: an unknown id shorter than the graph's ids planned the statement again
				// (0.3-1.6 s on an imported graph, once per statement and combination). One plan per statement.
				.setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
				// Timed-out transactions are found by a monitor every 2 s by default: a 10 s timeout then ends at
				// up to 12 s. Every 100 ms keeps a request's deadline within 10 %.
				.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
				// Without these a stop waits about ten seconds for idle Bolt connections and Netty.
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.build();
			try {
				Credentials.apply(dbms, USER, password, directory.resolve(APPLIED_FILE));
				var neo4j = new EmbeddedNeo4j(dbms, directory, properties.temporary(), password, credentialFile,
						properties);
				log.info("Embedded Neo4j started in {} ms with data in {}; Bolt for tools on bolt://{}:{} (user {}, {})",
						Duration.ofNanos(System.nanoTime() - started).toMillis(), directory,
						neo4j.gate.address().getHostString(), neo4j.gate.address().getPort(), USER,
						StringUtils.hasText(properties.password()) ? "password from ROLEGRAPH_NEO4J_PASSWORD"
								: "password in " + credentialFile);
				return neo4j;
			}
			catch (IOException | RuntimeException ex) {
				dbms.shutdown();
				throw ex;
			}
		}

		/** Where tools outside the JVM connect: the gate. */
		URI publicBoltUri() {
			return URI.create("bolt://" + this.gate.address().getHostString() + ":" + this.gate.address().getPort());
		}

		Path credentialFile() {
			return this.credentialFile;
		}

		/** The database's value of {@code setting}. */
		<T> T setting(Setting<T> setting) {
			return ((GraphDatabaseAPI) this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
				.getDependencyResolver()
				.resolveDependency(Config.class)
				.get(setting);
		}

		String password() {
			return this.password;
		}

		URI boltUri() {
			return this.boltUri;
		}

		void stop() throws IOException {
			this.gate.close();
			this.dbms.shutdown();
			if (this.temporary) {
				try (Stream<Path> files = Files.walk(this.directory)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
			log.info("Embedded Neo4j stopped");
		}

	}

}
