package org.communityops.identity;

import java.util.List;

/**
 * Published once at start-up when every client in force is a tenant with its users'
 * group, after the SLA policies are loaded and so after the process models are deployed:
 * start-up work that needs the tenants (such as the demo data, whose instances are
 * stamped with their client's tenant) listens for it.
 *
 * @param clients the clients in force, alphabetically
 */
public record ClientTenantsReady(List<String> clients) {

	public ClientTenantsReady {
		clients = List.copyOf(clients);
	}

}
