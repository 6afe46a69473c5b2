package dev.rolegraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public; mutations need the CURATOR role (checked on the curation service). Credentials travel by HTTP
 * Basic; a wrong one is answered with a GraphQL-shaped UNAUTHORIZED error, never an HTML page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfiguration {

	static final String CURATOR = "CURATOR";

	static final String READER = "READER";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint unauthorized = SecurityConfiguration::unauthorized;
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService accounts(AccountsProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		users.addAll(parse(properties.curators(), CURATOR, "ROLEGRAPH_CURATORS"));
		users.addAll(parse(properties.readers(), READER, "ROLEGRAPH_READERS"));
		long curators = users.stream().filter(user -> user.getAuthorities().toString().contains(CURATOR)).count();
		if (curators == 0) {
			log.warn("Writes are disabled: no curator credentials configured (set ROLEGRAPH_CURATORS). Reads work.");
		}
		else {
			log.info("Writes enabled for {} curator account(s)", curators);
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static List<UserDetails> parse(String accounts, String role, String variable) {
		List<UserDetails> users = new ArrayList<>();
		if (accounts == null || accounts.isBlank()) {
			return users;
		}
		for (String entry : accounts.split(",")) {
			int colon = entry.indexOf(':');
			String password = colon < 0 ? "" : entry.substring(colon + 1).trim();
			if (colon < 1 || !password.startsWith("{") || password.startsWith("{noop}")) {
				throw new IllegalStateException(variable + " entries must be name:{bcrypt}hash (a hashed password), got an entry without one");
			}
			users.add(User.withUsername(entry.substring(0, colon).trim()).password(password).roles(role).build());
		}
		return users;
	}

	private static void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"Unauthorized: wrong or unknown credentials\","
					+ "\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
	}

}
