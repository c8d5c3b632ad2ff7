package org.communityops.identity.engine;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.communityops.identity.ClientTenantsReady;
import org.communityops.identity.ClientsInForce;
import org.communityops.identity.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes every client in force a tenant, with its users' group {@code client-<client>} as
 * a member, in every profile: at start-up once the policies are loaded, announcing
 * {@link ClientTenantsReady} when done, and whenever a client's policy comes into force
 * while the application runs (on this node or another), so that its work can start at
 * once. What exists is left alone, so names edited in Admin stay; a withdrawn client
 * keeps its tenant and its history. Of nodes starting together on an empty database the
 * first to insert a tenant, group or membership makes it, the others use it.
 */
@Component
class ClientTenants {

	private static final Logger log = LoggerFactory.getLogger(ClientTenants.class);

	private final IdentityService identityService;

	private final ApplicationEventPublisher events;

	ClientTenants(IdentityService identityService, ApplicationEventPublisher events) {
		this.identityService = identityService;
		this.events = events;
	}

	@EventListener
	void clientsInForce(ClientsInForce clients) {
		ensureAll(clients);
		if (clients.startUp()) {
			events.publishEvent(new ClientTenantsReady(List.copyOf(clients.names().keySet())));
		}
	}

	private synchronized void ensureAll(ClientsInForce clients) {
		clients.names().forEach(this::ensure);
	}

	private void ensure(String client, String name) {
		once("tenant " + client, () -> identityService.createTenantQuery().tenantId(client).count() > 0, () -> {
			Tenant tenant = identityService.newTenant(client);
			tenant.setName(name);
			identityService.saveTenant(tenant);
			log.info("Created tenant '{}' for client {}", client, name);
		});
		String groupId = Groups.ofClient(client);
		once("group " + groupId, () -> identityService.createGroupQuery().groupId(groupId).count() > 0, () -> {
			Group group = identityService.newGroup(groupId);
			group.setName(name + " (client)");
			group.setType("CLIENT");
			identityService.saveGroup(group);
		});
		once("membership of " + groupId + " in " + client,
				() -> identityService.createTenantQuery().groupMember(groupId).tenantId(client).count() > 0,
				() -> identityService.createTenantGroupMembership(client, groupId));
	}

	/**
	 * Creates what {@code exists} looks for unless it is there. Another node starting at
	 * the same time may create it between the look and the insert: its insert wins, this
	 * one's fails, and what that node created is used.
	 */
	private static void once(String what, BooleanSupplier exists, Runnable create) {
		if (exists.getAsBoolean()) {
			return;
		}
		try {
			create.run();
		}
		catch (ProcessEngineException ex) {
			if (!exists.getAsBoolean()) {
				throw ex;
			}
			log.info("Another node created the {} first", what);
		}
	}

}
