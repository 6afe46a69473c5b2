package dev.rolegraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * GraphQL reads are public; mutations need the CURATOR role (checked on the curation service); the analysts'
 * endpoints need a signed-in reader, curator or operator; health details need an operator. Credentials travel by
 * HTTP Basic; a wrong one is answered with a GraphQL-shaped UNAUTHORIZED error, never an HTML page, and repeated
 * failures are throttled ({@link LoginThrottle}). Cross-origin browser calls are refused unless origins are listed.
 */
/* Only a served API has callers to secure: the import command runs without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfiguration {

	static final String CURATOR = "CURATOR";

	static final String READER = "READER";

	static final String OPERATOR = "OPERATOR";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain api(HttpSecurity http, AccountsProperties properties) throws Exception {
		AuthenticationEntryPoint unauthorized = SecurityConfiguration::unauthorized;
		return http.csrf(csrf -> csrf.disable())
			.cors(cors -> cors.configurationSource(cors(properties.corsOrigins())))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/analyst/**")
				.hasAnyRole(READER, CURATOR, OPERATOR)
				.anyRequest()
				.permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new LoginThrottle(Clock.systemUTC()), BasicAuthenticationFilter.class)
			.build();
	}

	/** Allows the listed origins and no other; with none listed, every cross-origin request is refused. */
	static CorsConfigurationSource cors(List<String> origins) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(origins == null ? List.of() : origins.stream().filter(o -> !o.isBlank()).toList());
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(List.of("Content-Type", "Authorization"));
		configuration.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	EqualTimeAuthentication accounts(AccountsProperties properties, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		users.addAll(parse(properties.curators(), CURATOR, "ROLEGRAPH_CURATORS"));
		users.addAll(parse(properties.readers(), READER, "ROLEGRAPH_READERS"));
		users.addAll(parse(properties.operators(), OPERATOR, "ROLEGRAPH_OPERATORS"));
		long curators = users.stream().filter(user -> user.getAuthorities().toString().contains(CURATOR)).count();
		if (curators == 0) {
			log.warn("Writes are disabled: no curator credentials configured (set ROLEGRAPH_CURATORS). Reads work.");
		}
		else {
			log.info("Writes enabled for {} curator account(s)", curators);
		}
		return new EqualTimeAuthentication(users, encoder);
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
