package org.communityops.demo.engine;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.communityops.identity.Groups;

/**
 * The demo staff of an agency and of its demo clients, created in the engine's identity
 * service (passwords are stored hashed by the engine) so that Tasklist, Cockpit and Admin
 * use the same accounts.
 */
final class DemoUsers {

	static final List<DemoClient> CLIENTS = List.of(new DemoClient("northwind", "Northwind Traders"),
			new DemoClient("globex", "Globex Corporation"), new DemoClient("initech", "Initech"),
			new DemoClient("hooli", "Hooli Live"));

	private static final List<String> ALL_CLIENTS = CLIENTS.stream().map(DemoClient::slug).toList();

	/**
	 * The agency's groups, then one group per demo client, e.g. client-northwind,
	 * "Northwind Traders (client)".
	 */
	static final List<DemoGroup> GROUPS = Stream
		.concat(Stream.of(new DemoGroup("camunda-admin", "Administrators", "SYSTEM"),
				new DemoGroup("account-managers", "Account managers", "WORKFLOW"),
				new DemoGroup("community-managers", "Community managers", "WORKFLOW"),
				new DemoGroup("moderators", "Moderators", "WORKFLOW"),
				new DemoGroup("platform-engineers", "Platform engineers", "WORKFLOW"),
				new DemoGroup("agency-leads", "Agency leads", "WORKFLOW")),
				CLIENTS.stream()
					.map(client -> new DemoGroup(Groups.ofClient(client.slug()), client.name() + " (client)",
							"CLIENT")))
		.toList();

	/**
	 * Staff are members of the tenants of their clients; a client user is one through the
	 * group of their client.
	 */
	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Ada", "Admin", "administrator", List.of("camunda-admin"), List.of()),
			new DemoUser("amelia", "Amelia", "Hart", "account manager", List.of("account-managers"),
					List.of("northwind", "globex", "hooli")),
			new DemoUser("lars", "Lars", "Lindqvist", "agency lead", List.of("agency-leads", "account-managers"),
					ALL_CLIENTS),
			new DemoUser("mo", "Mo", "Rahimi", "moderator", List.of("moderators"),
					List.of("northwind", "globex", "hooli")),
			new DemoUser("mira", "Mira", "Sato", "moderator", List.of("moderators"), List.of("initech")),
			new DemoUser("cora", "Cora", "Diaz", "community manager", List.of("community-managers"), ALL_CLIENTS),
			new DemoUser("pete", "Pete", "Novak", "platform engineer", List.of("platform-engineers"), ALL_CLIENTS),
			new DemoUser("nora", "Nora", "Berg", "client user", List.of("client-northwind"), List.of()),
			new DemoUser("gary", "Gary", "Holt", "client user", List.of("client-globex"), List.of()),
			new DemoUser("ines", "Ines", "Okafor", "client user", List.of("client-initech"), List.of()),
			new DemoUser("hana", "Hana", "Kealoha", "client user", List.of("client-hooli"), List.of()));

	private DemoUsers() {
	}

	/**
	 * Creates the groups and users that do not exist yet, and the tenant memberships of
	 * the demo staff (also for users of a database from before tenants) in the tenants
	 * that exist, that is the clients with a policy; returns whether any user or group
	 * was created.
	 */
	static boolean createMissing(IdentityService identity) {
		boolean created = false;
		for (DemoGroup demo : GROUPS) {
			if (identity.createGroupQuery().groupId(demo.id()).count() == 0) {
				Group group = identity.newGroup(demo.id());
				group.setName(demo.name());
				group.setType(demo.type());
				identity.saveGroup(group);
				created = true;
			}
		}
		for (DemoUser demo : USERS) {
			if (identity.createUserQuery().userId(demo.id()).count() == 0) {
				User user = identity.newUser(demo.id());
				user.setFirstName(demo.firstName());
				user.setLastName(demo.lastName());
				user.setEmail(demo.id() + "@communityops.example");
				user.setPassword(demo.password());
				identity.saveUser(user);
				demo.groups().forEach(group -> identity.createMembership(demo.id(), group));
				created = true;
			}
			for (String client : demo.clients()) {
				if (identity.createTenantQuery().tenantId(client).count() == 1
						&& identity.createTenantQuery().tenantId(client).userMember(demo.id()).count() == 0) {
					identity.createTenantUserMembership(client, demo.id());
				}
			}
		}
		return created;
	}

	record DemoClient(String slug, String name) {
	}

	record DemoGroup(String id, String name, String type) {
	}

	/**
	 * A demo user; the password is the user name.
	 *
	 * @param clients the clients (tenants) the user is a member of directly
	 */
	record DemoUser(String id, String firstName, String lastName, String role, List<String> groups,
			List<String> clients) {

		String password() {
			return id;
		}

		/**
		 * The clients the user sees: their own, or their client group's; every client for
		 * the administrator.
		 */
		String sees() {
			if (groups.contains("camunda-admin")) {
				return "all clients";
			}
			List<String> own = groups.stream().filter(g -> g.startsWith("client-")).map(g -> g.substring(7)).toList();
			return String.join(", ", own.isEmpty() ? clients : own);
		}

	}

}
