package org.communityops.identity.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.communityops.identity.Groups;
import org.communityops.sla.policy.PoliciesInForce;
import org.communityops.sla.policy.PolicyRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes every client with an SLA policy a tenant, with its users' group {@code client-<client>} as a member, at
 * every start and in every profile, after the policies are loaded, and whenever a client's policy comes into force
 * while the application runs (on this node or another). What exists is left alone, so names edited in Admin stay.
 */
@Component
@Order(6)
class ClientTenants implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ClientTenants.class);

	private final IdentityService identityService;

	private final PolicyRegistry policies;

	ClientTenants(IdentityService identityService, PolicyRegistry policies) {
		this.identityService = identityService;
		this.policies = policies;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureAll();
	}

	/** A client added while running: its tenant, so that its work can start at once. */
	@EventListener(PoliciesInForce.class)
	void clientsChanged() {
		ensureAll();
	}

	private synchronized void ensureAll() {
		for (String client : policies.clients()) {
			String name = policies.current(client).map(version -> version.policy().name()).orElse(client);
			ensure(client, name);
		}
	}

	void ensure(String client, String name) {
		if (identityService.createTenantQuery().tenantId(client).count() == 0) {
			Tenant tenant = identityService.newTenant(client);
			tenant.setName(name);
			identityService.saveTenant(tenant);
			log.info("Created tenant '{}' for client {}", client, name);
		}
		String groupId = Groups.ofClient(client);
		if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identityService.newGroup(groupId);
			group.setName(name + " (client)");
			group.setType("CLIENT");
			identityService.saveGroup(group);
		}
		if (identityService.createTenantQuery().groupMember(groupId).tenantId(client).count() == 0) {
			identityService.createTenantGroupMembership(client, groupId);
		}
	}

}
