package org.communityops.identity.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.communityops.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * The caller as the engine knows them for one request: user, groups and tenants, so that
 * the engine's authorization and tenant checks apply to everything the request does.
 * Thread-bound; whoever sets it clears it.
 */
@Component
public class EngineAuthentication {

	private final IdentityService identityService;

	EngineAuthentication(IdentityService identityService) {
		this.identityService = identityService;
	}

	public void set(Caller caller) {
		identityService.setAuthentication(caller.userId(), caller.groups(), caller.clients());
	}

	public void clear() {
		identityService.clearAuthentication();
	}

	/**
	 * Runs a look-up as the caller, whoever the thread runs as, and restores that
	 * afterwards.
	 */
	<T> T as(Caller caller, Supplier<T> lookUp) {
		return with(new Authentication(caller.userId(), caller.groups(), caller.clients()), lookUp);
	}

	/**
	 * Runs a look-up with no engine authentication, so no authorization or tenant check
	 * hides anything from it.
	 */
	<T> T unchecked(Supplier<T> lookUp) {
		return with(null, lookUp);
	}

	private <T> T with(Authentication authentication, Supplier<T> lookUp) {
		Authentication current = identityService.getCurrentAuthentication();
		identityService.setAuthentication(authentication);
		try {
			return lookUp.get();
		}
		finally {
			identityService.setAuthentication(current);
		}
	}

}
