package dev.rolegraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ports that browsers will not connect to, for any scheme, WebSocket included: the unprivileged "bad ports" of
 * the Fetch Standard (https://fetch.spec.whatwg.org/#bad-port), which Chromium, Firefox and Safari enforce. Neo4j's
 * own Bolt connector also speaks WebSocket and cannot be told not to; on one of these ports, a web page open on the
 * same machine cannot reach it even if it finds the port.
 */
final class BrowserBlockedPorts {

	static final List<Integer> PORTS = List.of(6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080, 6566, 6000, 5060, 5061,
			4190, 4045, 3659, 2049, 1723, 1720, 1719);

	private static final Logger log = LoggerFactory.getLogger(BrowserBlockedPorts.class);

	private BrowserBlockedPorts() {
	}

	/** The first of {@link #PORTS} free on loopback, or 0 (any free port) when all are taken. */
	static int firstFree() {
		for (int port : PORTS) {
			try (ServerSocket probe = new ServerSocket()) {
				probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
				return port;
			}
			catch (IOException ex) {
				// Taken: try the next one.
			}
		}
		log.warn("Every browser-blocked port is taken; the database's private Bolt port is an ordinary one");
		return 0;
	}

}
