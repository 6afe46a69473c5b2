package dev.rolegraph.database;

import java.time.Duration;

/**
 * The moment by which the request running on this thread must be answered, while one of its fields is fetched.
 * limits/QueryLimits sets it around each field's fetch, on the thread that runs it, and clears it after, so nothing
 * carries over to another request; a transaction begun meanwhile gets only the time left ({@link
 * DeadlineTransactions}). Work outside a request (start-up, imports) has no deadline.
 */
public final class RequestDeadline {

	private static final ThreadLocal<Long> NANOS = new ThreadLocal<>();

	private RequestDeadline() {
	}

	/** Work that may fail. */
	@FunctionalInterface
	public interface Work<T> {

		T get() throws Exception;

	}

	/** Runs {@code work} with the deadline {@code deadlineNanos} (a {@link System#nanoTime()} value). */
	public static <T> T during(long deadlineNanos, Work<T> work) throws Exception {
		return with(NANOS, deadlineNanos, work);
	}

	/** Runs {@code work} with {@code local} set to {@code value}, then puts back what it held before. */
	static <V, T> T with(ThreadLocal<V> local, V value, Work<T> work) throws Exception {
		V outer = local.get();
		local.set(value);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				local.remove();
			}
			else {
				local.set(outer);
			}
		}
	}

	/** The time left before this thread's deadline (zero or less once it passed); null without one. */
	static Duration left() {
		Long deadline = NANOS.get();
		return deadline == null ? null : Duration.ofNanos(deadline - System.nanoTime());
	}

	/**
	 * The timeout a transaction begun now gets: the shorter of its {@code own} (null: none) and the time left before
	 * this thread's deadline; null when it has neither.
	 */
	static Duration bound(Duration own) {
		Duration left = left();
		return left == null ? own : own == null || left.compareTo(own) < 0 ? left : own;
	}

}
