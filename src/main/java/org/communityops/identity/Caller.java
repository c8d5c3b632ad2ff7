package org.communityops.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * An authenticated user as every entry point sees them: their groups (the roles) and the
 * clients they belong to (their tenant memberships, directly or through a group). Kept in
 * the session of a page login, so a changed membership counts from the next login; HTTP
 * Basic callers are read afresh on every request.
 */
public record Caller(String userId, List<String> groups, List<String> clients) implements Principal, Serializable {

	public Caller {
		groups = List.copyOf(groups);
		clients = List.copyOf(clients);
	}

	@Override
	public String getName() {
		return userId;
	}

	public Set<Role> roles() {
		return Role.of(groups);
	}

	public boolean is(Role role) {
		return roles().contains(role);
	}

	/**
	 * Whether the caller is on the client's side only: a client's user with no agency
	 * role. Their pages show their client's compliance and the work waiting on them, none
	 * of the agency's internals.
	 */
	public boolean isClientSide() {
		return roles().equals(Set.of(Role.CLIENT_USER));
	}

	/**
	 * Whether the caller's role downloads reports and sees their figures: administrators,
	 * account managers and client users; not moderators and other staff (reports carry
	 * fees and service credits).
	 */
	public boolean readsReports() {
		return is(Role.ADMIN) || is(Role.ACCOUNT_MANAGER) || is(Role.CLIENT_USER);
	}

}
