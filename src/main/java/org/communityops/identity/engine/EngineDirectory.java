package org.communityops.identity.engine;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.communityops.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * Users, groups and tenants as the engine's identity service stores them (passwords
 * hashed and salted there), so Tasklist, Cockpit, Admin and our own endpoints use the
 * same accounts.
 */
@Component
public class EngineDirectory {

	private final IdentityService identityService;

	private final EngineAuthentication authentication;

	EngineDirectory(IdentityService identityService, EngineAuthentication authentication) {
		this.identityService = identityService;
		this.authentication = authentication;
	}

	/** The caller, when the password is the user's. */
	public Optional<Caller> authenticate(String userId, String password) {
		return authentication.unchecked(() -> identityService.checkPassword(userId, password)
				? Optional.of(callerOf(userId)) : Optional.empty());
	}

	/**
	 * The user's groups, and their clients: tenants they are a member of, directly or
	 * through a group.
	 */
	Caller callerOf(String userId) {
		List<String> groups = identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.sorted()
			.toList();
		List<String> clients = identityService.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.sorted()
			.toList();
		return new Caller(userId, groups, clients);
	}

}
