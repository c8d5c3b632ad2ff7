package org.communityops.identity;

/**
 * The group ids that carry meaning: roles are group memberships, and the group of a
 * client's users is {@code client-<client>}, the candidate group of the client-facing
 * tasks in the process models.
 */
public final class Groups {

	public static final String ADMINS = "camunda-admin";

	public static final String ACCOUNT_MANAGERS = "account-managers";

	public static final String AGENCY_LEADS = "agency-leads";

	public static final String MODERATORS = "moderators";

	public static final String COMMUNITY_MANAGERS = "community-managers";

	public static final String PLATFORM_ENGINEERS = "platform-engineers";

	static final String CLIENT_PREFIX = "client-";

	private Groups() {
	}

	/** The group of the users of a client, e.g. {@code client-northwind}. */
	public static String ofClient(String client) {
		return CLIENT_PREFIX + client;
	}

	static boolean isClientGroup(String group) {
		return group.startsWith(CLIENT_PREFIX);
	}

}
