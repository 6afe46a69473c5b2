package dev.rolegraph.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a name and password so that an unknown name costs as long as a known one: an unknown name is checked
 * against the most expensive configured hash. (Spring's own decoy is hashed at the encoder's default cost, so
 * accounts hashed at a higher cost could be told apart from unknown names by the time an answer takes.)
 */
class EqualTimeAuthentication implements AuthenticationProvider {

	private final Map<String, UserDetails> accounts;

	private final PasswordEncoder encoder;

	private final String decoy;

	EqualTimeAuthentication(List<UserDetails> accounts, PasswordEncoder encoder) {
		this.accounts = accounts.stream().collect(Collectors.toMap(UserDetails::getUsername, Function.identity()));
		this.encoder = encoder;
		this.decoy = accounts.stream()
			.map(UserDetails::getPassword)
			.max(Comparator.comparingInt(EqualTimeAuthentication::cost))
			.orElseGet(() -> encoder.encode(UUID.randomUUID().toString()));
	}

	/** The work factor of a bcrypt hash ({@code {bcrypt}$2a$12$...}); 0 for other encodings. */
	static int cost(String hash) {
		var matcher = java.util.regex.Pattern.compile("\\$2[aby]?\\$(\\d{2})\\$").matcher(hash);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		UserDetails account = this.accounts.get(name);
		boolean matches = this.encoder.matches(presented, account != null ? account.getPassword() : this.decoy);
		if (account == null || !matches) {
			throw new BadCredentialsException("Bad credentials");
		}
		var result = UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
				account.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
