package org.communityops.report;

import java.security.Principal;
import java.util.List;

import org.communityops.sla.policy.PolicyRegistry;
import org.springframework.stereotype.Component;

/** Until portfolios are assigned to people, every caller's portfolio is every client with a policy in force. */
@Component
class AllClientsPortfolio implements Portfolio {

	private final PolicyRegistry policies;

	AllClientsPortfolio(PolicyRegistry policies) {
		this.policies = policies;
	}

	@Override
	public List<String> clientsOf(Principal caller) {
		return policies.clients();
	}

}
