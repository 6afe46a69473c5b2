package dev.rolegraph.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a GraphQL-shaped error and before anything is parsed, request bodies over the limit and GraphQL
 * posts that are not JSON.
 */
@Component
class RequestGuardFilter extends OncePerRequestFilter {

	private final int maxBytes;

	RequestGuardFilter(LimitsProperties limits) {
		this.maxBytes = limits.maxRequestBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && "/graphql".equals(request.getRequestURI()) && !isJson(request)) {
			refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
			return;
		}
		if (request.getContentLengthLong() > this.maxBytes) {
			tooLarge(response);
			return;
		}
		if (request.getContentLengthLong() >= 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			chain.doFilter(request, response);
			return;
		}
		// A chunked body has no declared length: read at most one byte past the limit to decide.
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new BufferedRequest(request, body), response);
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				"Request body larger than " + this.maxBytes + " bytes");
	}

	private static boolean isJson(HttpServletRequest request) {
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** A GraphQL-shaped BAD_REQUEST with {@code status}; also Tomcat's own refusals' ({@link JsonErrorReportValve}). */
	static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
	}

	/** A request whose body was already read into memory. */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
