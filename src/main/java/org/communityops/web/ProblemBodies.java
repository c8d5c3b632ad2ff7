package org.communityops.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives an error answered without a problem body one: the actuator answers an unknown
 * metric with a bare 404. An error sent to the container ({@code sendError}) is left to
 * {@code /error}, which answers with a problem itself.
 */
class ProblemBodies extends OncePerRequestFilter {

	private final ProblemResponses problems;

	ProblemBodies(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Buffered buffered = new Buffered(response);
		chain.doFilter(request, buffered);
		HttpStatus status = HttpStatus.resolve(buffered.getStatus());
		if (buffered.sentError || status == null || !status.isError()
				|| ProblemResponses.isProblem(buffered.getContentType())) {
			buffered.copyBodyToResponse();
			return;
		}
		buffered.resetBuffer();
		problems.write(request, response, status, status == HttpStatus.NOT_FOUND
				? "Nothing at " + request.getMethod() + " " + request.getRequestURI() : status.getReasonPhrase(),
				Map.of());
	}

	private static final class Buffered extends ContentCachingResponseWrapper {

		private boolean sentError;

		Buffered(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) throws IOException {
			sentError = true;
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			sentError = true;
			super.sendError(status, message);
		}

	}

}
