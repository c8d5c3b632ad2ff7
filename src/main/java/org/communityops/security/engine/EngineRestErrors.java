package org.communityops.security.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API's errors as problem details, with the engine's exception type kept
 * as {@code engineError}. The status stays the engine's ({@link EngineRestExceptions}
 * makes lost races 409), except that the engine's "belongs to no authenticated tenant"
 * refusal is 404, without its message, so another client's object does not show.
 */
public class EngineRestErrors extends OncePerRequestFilter {

	static final String OTHER_TENANT = "belongs to no authenticated tenant";

	private final ProblemResponses problems;

	private final ObjectMapper json;

	public EngineRestErrors(ProblemResponses problems, ObjectMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (buffered.getStatus() < 400 || ProblemResponses.isProblem(buffered.getContentType())) {
			buffered.copyBodyToResponse();
			return;
		}
		JsonNode error = read(buffered.getContentAsByteArray());
		buffered.resetBuffer();
		String type = error.path("type").asText(null);
		String message = error.path("message").asText(null);
		HttpStatus status = HttpStatus.valueOf(buffered.getStatus());
		Map<String, Object> properties = new LinkedHashMap<>();
		if (message != null && message.contains(OTHER_TENANT)) {
			problems.write(request, response, HttpStatus.NOT_FOUND, "Not found", properties);
			return;
		}
		error.fields().forEachRemaining(field -> {
			if (!field.getKey().equals("type") && !field.getKey().equals("message") && !field.getValue().isNull()) {
				properties.put(field.getKey(), field.getValue());
			}
		});
		if (type != null) {
			properties.put("engineError", type);
		}
		problems.write(request, response, status, message != null && !message.isBlank() ? message : detail(status),
				properties);
	}

	/** The engine's JSON parse errors come without a message. */
	private static String detail(HttpStatus status) {
		return status == HttpStatus.BAD_REQUEST ? "The request body is not the JSON this endpoint takes; expected"
				+ " valid JSON in the shape of the engine's REST API reference" : status.getReasonPhrase();
	}

	private JsonNode read(byte[] body) {
		try {
			JsonNode node = body.length == 0 ? null : json.readTree(body);
			return node != null && node.isObject() ? node : json.createObjectNode();
		}
		catch (IOException notJson) {
			return json.createObjectNode();
		}
	}

}
