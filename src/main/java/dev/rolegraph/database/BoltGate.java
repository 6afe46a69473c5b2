package dev.rolegraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt port that tools outside the JVM (cypher-shell, the Python driver) connect to. It passes on only
 * connections that open with Bolt's handshake and closes anything else: Neo4j's own Bolt port also answers HTTP
 * upgrades to WebSocket, from any web page open in a browser on the same machine, and has no setting to stop that.
 * The database itself listens on a private loopback port that only this gate and the application's driver use.
 */
final class BoltGate implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BoltGate.class);

	/** The four bytes every Bolt client sends first. */
	private static final byte[] BOLT_MAGIC = { 0x60, 0x60, (byte) 0xB0, 0x17 };

	/** How long a new connection may take to send its first four bytes. */
	private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;

	private final ServerSocket server;

	private final int target;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private BoltGate(ServerSocket server, int target) {
		this.server = server;
		this.target = target;
		this.threads.submit(this::acceptAll);
	}

	/** Listens on {@code host:port} (0 picks a free port) and forwards Bolt to {@code target} on loopback. */
	static BoltGate open(String host, int port, int target) throws IOException {
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getByName(host), port));
		return new BoltGate(server, target);
	}

	InetSocketAddress address() {
		return (InetSocketAddress) this.server.getLocalSocketAddress();
	}

	private void acceptAll() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.threads.submit(() -> serve(client));
			}
			catch (IOException ex) {
				if (!this.server.isClosed()) {
					log.warn("Bolt gate: accepting a connection failed: {}", ex.getMessage());
				}
			}
		}
	}

	private void serve(Socket client) {
		this.open.add(client);
		try (client) {
			client.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
			byte[] head = client.getInputStream().readNBytes(BOLT_MAGIC.length);
			if (!Arrays.equals(head, BOLT_MAGIC)) {
				log.warn("Bolt gate: closed a connection from {} that did not start with the Bolt handshake"
						+ " (HTTP and WebSocket are not served on the Bolt port)", client.getRemoteSocketAddress());
				return;
			}
			client.setSoTimeout(0);
			// Bolt messages are small request/response exchanges: without TCP_NODELAY on both legs, Nagle's
			// algorithm and delayed acknowledgements add about 40 ms to each one.
			client.setTcpNoDelay(true);
			try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target)) {
				upstream.setTcpNoDelay(true);
				this.open.add(upstream);
				upstream.getOutputStream().write(head);
				var back = this.threads.submit(() -> copy(upstream.getInputStream(), client.getOutputStream(), client));
				copy(client.getInputStream(), upstream.getOutputStream(), upstream);
				back.get();
			}
		}
		catch (Exception ex) {
			log.debug("Bolt gate: connection ended: {}", ex.toString());
		}
		finally {
			this.open.remove(client);
		}
	}

	/** Copies until either side closes, then closes {@code other} so that the opposite copy ends too. */
	private Void copy(InputStream from, OutputStream to, Socket other) throws IOException {
		try {
			byte[] buffer = new byte[16 * 1024];
			for (int read; (read = from.read(buffer)) >= 0;) {
				to.write(buffer, 0, read);
				to.flush();
			}
		}
		catch (SocketException ex) {
			// The other direction closed the socket.
		}
		finally {
			other.close();
			this.open.remove(other);
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.threads.shutdownNow();
	}

}
