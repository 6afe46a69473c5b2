package dev.rolegraph.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CorsTest {

	private static MockHttpServletRequest preflight() {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/graphql");
		request.addHeader("Origin", "https://careers.example");
		request.addHeader("Access-Control-Request-Method", "POST");
		return request;
	}

	@Test
	void withNoOriginsConfiguredNoOriginIsAllowed() {
		var configuration = SecurityConfiguration.cors(List.of()).getCorsConfiguration(preflight());
		assertThat(configuration.checkOrigin("https://careers.example")).isNull();
	}

	@Test
	void aConfiguredOriginMayCallTheApiAndOthersMayNot() {
		var configuration = SecurityConfiguration.cors(List.of("https://careers.example", " "))
			.getCorsConfiguration(preflight());
		assertThat(configuration.checkOrigin("https://careers.example")).isEqualTo("https://careers.example");
		assertThat(configuration.checkOrigin("https://attacker.example")).isNull();
		assertThat(configuration.checkHttpMethod(org.springframework.http.HttpMethod.POST)).isNotNull();
		assertThat(configuration.checkHttpMethod(org.springframework.http.HttpMethod.DELETE)).isNull();
	}

}
