package org.communityops.identity;

/**
 * The tenant ids that carry meaning besides the clients' own (a client's tenant id is the
 * client's id, e.g. {@code northwind}).
 */
public final class Tenants {

	/**
	 * The tenant of the engine's own work that belongs to no client, such as the SLA
	 * deadline sweep. No client may be named so (a policy file claiming it is refused),
	 * no tenant of that id is created and nobody is a member, so the engine's tenant
	 * check shows its objects to administrators only, who pass the check.
	 */
	public static final String SYSTEM = "communityops-system";

	private Tenants() {
	}

}
