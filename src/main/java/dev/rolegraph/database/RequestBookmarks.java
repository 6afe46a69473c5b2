package dev.rolegraph.database;

import java.util.Set;

import org.neo4j.driver.Bookmark;

/**
 * The database bookmarks a client sent with its request (the {@code Neo4j-Bookmark} header, from an earlier
 * mutation's answer, perhaps through another replica), while one of its fields is fetched: {@link GraphReads} asks
 * for a state at least as new as them, so a read routed to any cluster member sees that write. Set around each
 * field's fetch on the thread that runs it and cleared after, as {@link RequestDeadline} is.
 */
public final class RequestBookmarks {

	/** The GraphQL context key of the bookmarks a request sent. */
	public static final String CONTEXT_KEY = RequestBookmarks.class.getName();

	/**
	 * The GraphQL context key of the operation's type (query or mutation), once its execution has begun: a mutation's
	 * answer carries the bookmarks to send back.
	 */
	public static final String OPERATION_KEY = RequestBookmarks.class.getName() + ".operation";

	private static final ThreadLocal<Set<Bookmark>> SENT = new ThreadLocal<>();

	private RequestBookmarks() {
	}

	/**
	 * Runs {@code work} with the bookmarks the request sent: a set of them, or null for none; a header that could not
	 * be read is the exception that says why, thrown instead.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T during(Object sent, RequestDeadline.Work<T> work) throws Exception {
		if (sent instanceof RuntimeException unreadable) {
			throw unreadable;
		}
		if (!(sent instanceof Set<?> bookmarks) || bookmarks.isEmpty()) {
			return work.get();
		}
		return RequestDeadline.with(SENT, (Set<Bookmark>) bookmarks, work);
	}

	/** The bookmarks the request on this thread sent; empty without. */
	static Set<Bookmark> sent() {
		Set<Bookmark> sent = SENT.get();
		return sent == null ? Set.of() : sent;
	}

}
