package dev.rolegraph.database;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A Neo4j server and nothing else, for the fault tests: the same embedded DBMS the application starts, in a JVM of
 * its own so that a test can kill it with SIGKILL and start it again on the same files. Bolt listens on the port it
 * is given; no schema, no seed, no application. Arguments: data directory, Bolt port, password.
 */
public final class DatabaseProcess {

	/** Printed once Bolt accepts connections. */
	public static final String READY = "rolegraph database process ready";

	private DatabaseProcess() {
	}

	public static void main(String[] args) throws Exception {
		var properties = new EmbeddedNeo4jProperties(Path.of(args[0]).toString(), "127.0.0.1", Integer.parseInt(args[1]),
				args[2], false);
		var neo4j = EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				neo4j.stop();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
		}));
		System.out.println(READY);
		new CountDownLatch(1).await();
	}

}
