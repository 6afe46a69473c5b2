package dev.rolegraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for one account name, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one client address, further attempts are refused with HTTP 429 for a
 * pause that doubles with each failure (up to {@link #MAX_PAUSE}), before any password is checked. A success
 * clears the account's count. Unknown names are counted like known ones, so throttling tells nothing either.
 */
class LoginThrottle extends OncePerRequestFilter {

	static final int FREE_FAILURES = 5;

	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final Duration MAX_PAUSE = Duration.ofMinutes(15);

	/** Most names and addresses remembered; beyond it the oldest failures are forgotten first. */
	private static final int MAX_TRACKED = 100_000;

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Failures of one name or address and until when it must wait. */
	private record Failures(int count, Instant blockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String name = basicUser(request);
		if (name == null) {
			chain.doFilter(request, response);
			return;
		}
		String account = "account " + name;
		String address = "address " + request.getRemoteAddr();
		Instant now = this.clock.instant();
		Instant until = later(blockedUntil(account), blockedUntil(address));
		if (until.isAfter(now)) {
			long seconds = Math.max(1, Duration.between(now, until).toSeconds());
			log.warn("Sign-in refused for '{}' from {}: too many failed attempts, {} s left", name,
					request.getRemoteAddr(), seconds);
			refuse(response, seconds);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			fail(account, FREE_FAILURES, now);
			fail(address, FREE_FAILURES_PER_ADDRESS, now);
			log.warn("Failed sign-in for '{}' from {}", name, request.getRemoteAddr());
		}
		else {
			this.failures.remove(account);
		}
	}

	private Instant blockedUntil(String key) {
		Failures known = this.failures.get(key);
		return known == null ? Instant.MIN : known.blockedUntil();
	}

	private void fail(String key, int free, Instant now) {
		if (this.failures.size() >= MAX_TRACKED) {
			this.failures.entrySet()
				.stream()
				.min(Map.Entry.comparingByValue((a, b) -> a.blockedUntil().compareTo(b.blockedUntil())))
				.ifPresent(oldest -> this.failures.remove(oldest.getKey()));
		}
		this.failures.compute(key, (k, known) -> {
			int count = known == null ? 1 : known.count() + 1;
			if (count <= free) {
				return new Failures(count, Instant.MIN);
			}
			Duration pause = Duration.ofSeconds(1L << Math.min(20, count - free - 1));
			return new Failures(count, now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause));
		});
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/** The user name of an HTTP Basic header, or null. */
	private static String basicUser(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? decoded : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static void refuse(HttpServletResponse response, long seconds) throws IOException {
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"Too many failed sign-ins for this account or from this address; try again in "
					+ seconds + " s\",\"extensions\":{\"classification\":\"TOO_MANY_REQUESTS\",\"retryAfterSeconds\":"
					+ seconds + "}}]}");
	}

}
