package org.communityops.report;

import java.security.Principal;
import java.util.List;

import org.communityops.identity.ClientAccess;
import org.communityops.sla.policy.PolicyRegistry;
import org.springframework.stereotype.Component;

/**
 * A caller's portfolio: the clients with a policy in force whose reports they may
 * download (an account manager's clients, every client for an administrator; 403 for
 * roles without reports). Without a caller, on the command line of the machine that runs
 * the application, it is every client with a policy in force.
 */
@Component
class CallerPortfolio implements Portfolio {

	private final PolicyRegistry policies;

	private final ClientAccess access;

	CallerPortfolio(PolicyRegistry policies, ClientAccess access) {
		this.policies = policies;
		this.access = access;
	}

	@Override
	public List<String> clientsOf(Principal caller) {
		List<String> inForce = policies.clients();
		return caller == null ? inForce : access.reportClients().of(inForce);
	}

}
