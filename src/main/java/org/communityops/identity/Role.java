package org.communityops.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a caller may do, read from their groups. Which clients they may do it for comes
 * from their tenant memberships, not from the role.
 */
public enum Role {

	/** Group camunda-admin: everything, every client. */
	ADMIN,
	/**
	 * Groups account-managers and agency-leads: reads everything of the clients in their
	 * portfolio, downloads their reports.
	 */
	ACCOUNT_MANAGER,
	/** Group moderators: reads and works the tasks of the clients they are staffed on. */
	MODERATOR,
	/**
	 * Other agency groups (community managers, platform engineers): work the tasks
	 * offered to their group.
	 */
	STAFF,
	/**
	 * Group client-&lt;client&gt;: the tasks meant for their client's users, and their
	 * client's SLA figures.
	 */
	CLIENT_USER;

	static Set<Role> of(List<String> groups) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String group : groups) {
			switch (group) {
				case Groups.ADMINS -> roles.add(ADMIN);
				case Groups.ACCOUNT_MANAGERS, Groups.AGENCY_LEADS -> roles.add(ACCOUNT_MANAGER);
				case Groups.MODERATORS -> roles.add(MODERATOR);
				default -> roles.add(Groups.isClientGroup(group) ? CLIENT_USER : STAFF);
			}
		}
		return roles;
	}

}
