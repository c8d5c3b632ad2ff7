package org.communityops.identity.engine;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.communityops.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * The caller of a request to the Camunda webapps (Tasklist, Cockpit, Admin), who signed
 * in through the webapps' own login: their user, groups and tenants as the webapps keep
 * them in the session.
 */
@Component
public class WebappSessions {

	/** The caller signed in to the webapps for the engine, if any. */
	public Optional<Caller> caller(HttpServletRequest request, String engine) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
			.getAuthenticationForProcessEngine(engine);
		if (authentication instanceof UserAuthentication user) {
			return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
		}
		return Optional.empty();
	}

}
