package dev.rolegraph.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EqualTimeAuthenticationTest {

	/** An encoder that remembers which hashes it was asked to check. */
	private static final class Recording implements PasswordEncoder {

		final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		final List<String> checked = new ArrayList<>();

		@Override
		public String encode(CharSequence raw) {
			return this.real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.checked.add(encoded);
			return this.real.matches(raw, encoded);
		}

	}

	private static final String CHEAP = "{bcrypt}$2a$04$PRmZH6YHVAWNXsXxPFfM2Ow2vkT2BusR90sKQrmo2sfQjVZ4r8/Pa";

	/** bcrypt of "slow-password" at cost 10. */
	private static final String COSTLY = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10)
		.encode("slow-password");

	@Test
	void anUnknownNameCostsAsMuchAsTheMostExpensiveAccount() {
		Recording encoder = new Recording();
		var accounts = new EqualTimeAuthentication(List.of(
				User.withUsername("cheap").password(CHEAP).roles("READER").build(),
				User.withUsername("costly").password(COSTLY).roles("CURATOR").build()), encoder);
		assertThatThrownBy(() -> accounts.authenticate(new UsernamePasswordAuthenticationToken("nobody", "guess")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(encoder.checked).containsExactly(COSTLY);
		assertThat(EqualTimeAuthentication.cost(COSTLY)).isEqualTo(10);
	}

	@Test
	void aKnownNameIsCheckedAgainstItsOwnHashAndGivesTheSameAnswerWhenWrong() {
		Recording encoder = new Recording();
		var accounts = new EqualTimeAuthentication(
				List.of(User.withUsername("costly").password(COSTLY).roles("CURATOR").build()), encoder);
		assertThatThrownBy(() -> accounts.authenticate(new UsernamePasswordAuthenticationToken("costly", "guess")))
			.isInstanceOf(BadCredentialsException.class)
			.hasMessage("Bad credentials");
		assertThat(accounts.authenticate(new UsernamePasswordAuthenticationToken("costly", "slow-password"))
			.getAuthorities()
			.toString()).contains("ROLE_CURATOR");
		assertThat(encoder.checked).containsExactly(COSTLY, COSTLY);
	}

}
