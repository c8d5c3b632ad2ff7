package org.communityops.sla.policy;

import java.util.List;

/** Published whenever the set of clients with a policy in force changed: at start-up, and when a client comes or goes. */
public record PoliciesInForce(List<String> clients) {

	public PoliciesInForce {
		clients = List.copyOf(clients);
	}

}
