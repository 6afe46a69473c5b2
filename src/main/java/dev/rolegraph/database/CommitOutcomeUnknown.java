package dev.rolegraph.database;

/**
 * A write whose commit was sent but whose answer never came back (the connection was lost during the commit): the
 * database may have written it or not. Never retried, since a retry could write it twice.
 */
public class CommitOutcomeUnknown extends RuntimeException {

	public CommitOutcomeUnknown(Throwable cause) {
		super("the connection to the database was lost while the write committed", cause);
	}

}
