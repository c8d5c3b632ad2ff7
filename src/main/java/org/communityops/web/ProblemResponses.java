package org.communityops.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for errors raised before or
 * outside Spring MVC (authentication, access, the engine's REST API), in the shape
 * {@link ApiProblems} gives controller errors.
 */
@Component
public class ProblemResponses {

	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	/** Whether a response of this content type (null for none) is a problem already. */
	public static boolean isProblem(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, Object> properties) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		problem.putAll(properties);
		byte[] body = json.writeValueAsBytes(problem);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
