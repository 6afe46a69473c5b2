package dev.rolegraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;

/** The embedded database's password: generated once into an owner-only file, and set on the DBMS when it changes. */
final class Credentials {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Credentials() {
	}

	/** The password kept in {@code file}, or a new random one written there readable by its owner only. */
	static String readOrCreate(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		writeOwnerOnly(file, password);
		return password;
	}

	private static void writeOwnerOnly(Path file, String text) throws IOException {
		if (!Files.exists(file)) {
			try {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the directory's own access rules apply.
				Files.createFile(file);
			}
		}
		Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
	}

	/** A salted digest of the account and password, which does not reveal the password. */
	private static String digest(String user, String password) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("rolegraph:" + user + ":" + password).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Sets {@code password} on {@code user} through the in-process API, which needs no login: on the first start
	 * this replaces Neo4j's well-known initial password before the gate lets anyone in. A digest of the password set
	 * last is kept in {@code applied}, so that a restart with the same password skips the statement: the first
	 * Cypher statement of a fresh JVM costs seconds of compilation.
	 */
	static void apply(DatabaseManagementService dbms, String user, String password, Path applied) throws IOException {
		String digest = digest(user, password);
		if (Files.exists(applied) && Files.readString(applied, StandardCharsets.UTF_8).strip().equals(digest)) {
			return;
		}
		set(dbms, user, password);
		writeOwnerOnly(applied, digest);
	}

	private static void set(DatabaseManagementService dbms, String user, String password) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// Unchanged since the last start: Neo4j refuses to set the same password again.
			if (!ex.getMessage().contains("same")) {
				throw ex;
			}
		}
	}

}
