package org.communityops.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the APIs with 503 and {@code Retry-After} while the application is not ready:
 * during start-up the port is open before the models are deployed, the policies loaded
 * and the accounts created, so an answer then would be wrong (no policies, no problems)
 * and work started then would go untimed; during shutdown the same.
 */
class NotReadyYet extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private final ApplicationAvailability availability;

	private final ProblemResponses problems;

	NotReadyYet(ApplicationAvailability availability, ProblemResponses problems) {
		this.availability = availability;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "CommunityOps is not ready: it is starting"
				+ " (deploying the process models, loading the SLA policies) or stopping; try again in a few seconds",
				Map.of());
	}

}
