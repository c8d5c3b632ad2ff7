package org.communityops.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers as problems instead of its HTML page: a request Tomcat
 * refuses before any filter or servlet sees it (an encoded {@code /} or NUL in the path,
 * an unparseable URI), or an error no servlet wrote a body for. Replaces the host's
 * {@link ErrorReportValve} ({@link TomcatErrors}); public for Tomcat, which instantiates
 * the host's error report valve by class name.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			String body = JSON.writeValueAsString(problem(request, status, response.getMessage()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response already went out: nothing left to tell
		}
	}

	private static Map<String, Object> problem(Request request, int status, String message) {
		HttpStatus known = HttpStatus.resolve(status);
		String reason = known != null ? known.getReasonPhrase() : "Error";
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", reason);
		problem.put("status", status);
		problem.put("detail",
				status == 400 ? badRequest(message) : message == null || message.isBlank() ? reason : message);
		String uri = request.getRequestURI();
		if (uri != null) {
			problem.put("instance", uri);
		}
		return problem;
	}

	/** Tomcat says "Invalid URI" or nothing; the user needs to know what it accepts. */
	private static String badRequest(String message) {
		String said = message == null || message.isBlank() ? "Bad request" : message;
		return said + "; expected a path without an encoded '/' (%2F) or NUL (%00), and a request line and headers"
				+ " within server.max-http-request-header-size";
	}

}
