package org.communityops.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.communityops.identity.engine.EngineAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the rest of the request as the authenticated caller on the engine (user, groups,
 * tenants), so the engine's authorization and tenant checks apply, and clears it
 * afterwards, also after an error, so a pooled thread never carries one caller's
 * authentication into another's request. Part of the security filter chains, not a bean.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	private final EngineAuthentication engine;

	EngineAuthenticationFilter(EngineAuthentication engine) {
		this.engine = engine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		engine.clear();
		try {
			if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
				engine.set(caller);
			}
			chain.doFilter(request, response);
		}
		finally {
			engine.clear();
		}
	}

}
