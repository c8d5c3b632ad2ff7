package org.communityops.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 401 and 403 of the APIs as problem details; a 401 asks for HTTP Basic credentials. */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "CommunityOps";

	private final ProblemResponses problems;

	ProblemEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
		problems.write(request, response, HttpStatus.UNAUTHORIZED,
				"Authentication required: send HTTP Basic credentials (" + ex.getMessage() + ")", Map.of());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String detail = ex instanceof CsrfException
				? "Missing or invalid CSRF token: send HTTP Basic credentials, or the X-CSRF-TOKEN header of your session"
				: "Your role does not allow " + request.getMethod() + " " + request.getRequestURI();
		problems.write(request, response, HttpStatus.FORBIDDEN, detail, Map.of());
	}

}
