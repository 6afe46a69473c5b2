package dev.rolegraph.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	/** A clock the test moves by hand. */
	private static final class Hand extends Clock {

		Instant now = Instant.parse("2026-11-26T12:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private final Hand clock = new Hand();

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	/** Signs in as {@code user} from {@code address}; the password is right when {@code right}. */
	private int signIn(String user, String address, boolean right) throws Exception {
		return signIn(this.throttle, user, address, right);
	}

	private static int signIn(LoginThrottle throttle, String user, String address, boolean right) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		request.addHeader("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) {
				res.setStatus(right ? 200 : 401);
			}
		});
		throttle.doFilter(request, response, chain);
		return response.getStatus();
	}

	/** Wrong guesses checked against a password before every further one is paused, within one second. */
	private int guessesChecked(List<LoginThrottle> replicas) throws Exception {
		int checked = 0;
		for (int i = 0; i < 1_000; i++) {
			if (signIn(replicas.get(i % replicas.size()), "curator", "10.9." + (i / 250) + "." + (i % 250), false) == 401) {
				checked++;
			}
		}
		return checked;
	}

	@Test
	void behindABalancerOfThreeReplicasAGuesserGetsAtMostThreeTimesTheChecksOfOne() throws Exception {
		int one = guessesChecked(List.of(new LoginThrottle(this.clock)));
		int three = guessesChecked(List.of(new LoginThrottle(this.clock), new LoginThrottle(this.clock),
				new LoginThrottle(this.clock)));
		assertThat(one).isEqualTo(LoginThrottle.FREE_FAILURES + 1);
		assertThat(three).isEqualTo(3 * one);
	}

	@Test
	void anAccountIsPausedAfterFiveFailuresAndThePauseDoubles() throws Exception {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(signIn("curator", "10.0.0." + i, false)).isEqualTo(401);
		}
		assertThat(signIn("curator", "10.0.0.9", false)).isEqualTo(401);
		assertThat(signIn("curator", "10.0.0.9", true)).as("paused for 1 s, even with the right password").isEqualTo(429);
		this.clock.now = this.clock.now.plusSeconds(1);
		assertThat(signIn("curator", "10.0.0.9", false)).isEqualTo(401);
		this.clock.now = this.clock.now.plusSeconds(1);
		assertThat(signIn("curator", "10.0.0.9", true)).as("the second pause lasts 2 s").isEqualTo(429);
		this.clock.now = this.clock.now.plusSeconds(1);
		assertThat(signIn("curator", "10.0.0.9", true)).isEqualTo(200);
		assertThat(signIn("curator", "10.0.0.9", false)).as("a success clears the account's count").isEqualTo(401);
	}

	@Test
	void oneAddressTryingManyNamesIsPausedToo() throws Exception {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			assertThat(signIn("name-" + i, "10.1.1.1", false)).isEqualTo(401);
		}
		assertThat(signIn("name-x", "10.1.1.1", false)).isEqualTo(401);
		assertThat(signIn("another", "10.1.1.1", true)).isEqualTo(429);
		assertThat(signIn("another", "10.1.1.2", true)).as("other addresses are not affected").isEqualTo(200);
	}

	@Test
	void thePauseNeverExceedsFifteenMinutes() throws Exception {
		for (int i = 0; i < 40; i++) {
			this.clock.now = this.clock.now.plus(Duration.ofHours(1));
			signIn("target", "10.2." + i + ".1", false);
		}
		this.clock.now = this.clock.now.plus(LoginThrottle.MAX_PAUSE).plusSeconds(1);
		assertThat(signIn("target", "10.3.0.1", true)).isEqualTo(200);
	}

	@Test
	void requestsWithoutCredentialsAreNotCounted() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		for (int i = 0; i < 50; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
			this.throttle.doFilter(request, response, new MockFilterChain());
		}
		assertThat(signIn("curator", "127.0.0.1", true)).isEqualTo(200);
	}

}
