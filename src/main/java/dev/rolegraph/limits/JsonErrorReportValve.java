package dev.rolegraph.limits;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request it refuses before the application sees it (a request line or headers over the
 * 8 KB limit, a malformed one): a GraphQL-shaped BAD_REQUEST in place of Tomcat's HTML page. Every other error is
 * answered by the application first, and this writes nothing then.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String message = status == 400
				? "the request line or its headers are malformed, or longer than the server accepts (8 KB):"
						+ " send a long query by POST"
				: "HTTP " + status;
		try {
			response.setCharacterEncoding("UTF-8");
			RequestGuardFilter.refuse(response, status, message);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone, or the response was already committed: nothing more to say.
		}
	}

}
