package org.communityops.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@link HttpProperties#maxRequestBody()} with 413, before
 * any of it reaches a handler: by its Content-Length, or, for a body sent without one
 * (chunked), by reading at most one byte over the limit and handing the handler what was
 * read.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final ProblemResponses problems;

	private final long limit;

	RequestBodyLimit(ProblemResponses problems, DataSize limit) {
		this.problems = problems;
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response, length + " bytes");
			return;
		}
		if (length >= 0 || !hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		if (body.length > limit) {
			refuse(request, response, "more than " + limit + " bytes");
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getHeader("Transfer-Encoding") != null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
		problems.write(
				request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The request body of " + size
						+ " is too large; expected at most " + limit + " bytes (communityops.http.max-request-body)",
				Map.of("limit", limit));
	}

}
