package org.communityops.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The demo staff of an agency and of its two demo clients, created in the engine's identity service
 * (passwords are stored hashed by the engine) so that Tasklist, Cockpit and Admin use the same accounts.
 */
final class DemoUsers {

	static final List<DemoClient> CLIENTS = List.of(new DemoClient("northwind", "Northwind Traders"),
			new DemoClient("globex", "Globex Corporation"));

	static final List<DemoGroup> GROUPS = List.of(new DemoGroup("camunda-admin", "Administrators", "SYSTEM"),
			new DemoGroup("account-managers", "Account managers", "WORKFLOW"),
			new DemoGroup("community-managers", "Community managers", "WORKFLOW"),
			new DemoGroup("moderators", "Moderators", "WORKFLOW"),
			new DemoGroup("platform-engineers", "Platform engineers", "WORKFLOW"),
			new DemoGroup("agency-leads", "Agency leads", "WORKFLOW"),
			new DemoGroup("client-northwind", "Northwind Traders (client)", "CLIENT"),
			new DemoGroup("client-globex", "Globex Corporation (client)", "CLIENT"));

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "admin", "Ada", "Admin", "administrator", List.of("camunda-admin")),
			new DemoUser("amelia", "amelia", "Amelia", "Hart", "account manager (both clients)",
					List.of("account-managers")),
			new DemoUser("lars", "lars", "Lars", "Lindqvist", "agency lead", List.of("agency-leads", "account-managers")),
			new DemoUser("mo", "mo", "Mo", "Rahimi", "moderator", List.of("moderators")),
			new DemoUser("cora", "cora", "Cora", "Diaz", "community manager", List.of("community-managers")),
			new DemoUser("pete", "pete", "Pete", "Novak", "platform engineer", List.of("platform-engineers")),
			new DemoUser("nora", "nora", "Nora", "Berg", "client user, Northwind Traders", List.of("client-northwind")),
			new DemoUser("gary", "gary", "Gary", "Holt", "client user, Globex Corporation", List.of("client-globex")));

	private DemoUsers() {
	}

	/** Creates the groups and users that do not exist yet; returns whether anything was created. */
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
		}
		return created;
	}

	record DemoClient(String slug, String name) {
	}

	record DemoGroup(String id, String name, String type) {
	}

	record DemoUser(String id, String password, String firstName, String lastName, String role, List<String> groups) {
	}

}
