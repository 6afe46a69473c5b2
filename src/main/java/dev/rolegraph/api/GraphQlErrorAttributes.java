package dev.rolegraph.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Failures before GraphQL runs (unreadable JSON, wrong media type, unknown path) answer in the shape of a GraphQL
 * error response too, with a classification and without exception details.
 */
@Component
class GraphQlErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> standard = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		int status = standard.get("status") instanceof Integer code ? code : 500;
		HttpStatus http = HttpStatus.resolve(status);
		String classification = switch (status) {
			case 401 -> "UNAUTHORIZED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
		};
		String message = (http != null ? http.getReasonPhrase() : "Error") + " (HTTP " + status + ")";
		return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", classification))));
	}

}
