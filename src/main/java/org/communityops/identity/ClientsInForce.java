package org.communityops.identity;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clients whose SLA policy is in force, with their names, so that each one is a
 * tenant: published by the SLA policies at start-up once they are loaded, and again
 * whenever a client comes or goes while the application runs. Identity learns the clients
 * only from this event, so it depends on nothing of the policies.
 *
 * @param names each client's name, by client id, in client order
 * @param startUp whether these are the clients of the start-up load, after which
 * {@link ClientTenantsReady} follows
 */
public record ClientsInForce(Map<String, String> names, boolean startUp) {

	public ClientsInForce {
		names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
	}

}
