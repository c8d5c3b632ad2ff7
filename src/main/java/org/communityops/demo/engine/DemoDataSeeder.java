package org.communityops.demo.engine;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.communityops.identity.ClientTenantsReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo users and demo work on the first start of the default (embedded)
 * profile, and prints the demo logins at every start. Other profiles, production among
 * them, seed nothing. It runs once the clients' tenants exist
 * ({@link ClientTenantsReady}), and so after the models and the policies: the demo staff
 * become members of the tenants and the demo instances are stamped with them.
 */
@Component
@Profile("default")
class DemoDataSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final IdentityService identityService;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final Environment environment;

	DemoDataSeeder(IdentityService identityService, RuntimeService runtimeService, TaskService taskService,
			HistoryService historyService, Environment environment) {
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.environment = environment;
	}

	@EventListener(ClientTenantsReady.class)
	void seed() {
		if (DemoUsers.createMissing(identityService)) {
			log.info("Created the demo users and groups");
		}
		HistoricProcessInstanceQuery demoInstances = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKeyLike(DemoWork.BUSINESS_KEY_PREFIX + "%");
		if (demoInstances.count() == 0) {
			int started = new DemoWork(runtimeService, taskService).start(identityService);
			log.info("Started {} demo process instances", started);
		}
		log.info(loginBanner(environment.getProperty("local.server.port")));
	}

	/**
	 * @param port the port the web server listens on; null without one (the command line)
	 */
	static String loginBanner(String port) {
		StringBuilder banner = new StringBuilder("\n\nCommunityOps demo logins (default profile only)\n");
		if (port != null) {
			banner.append("  Pages: http://localhost:" + port
					+ "/   Tasklist, Cockpit, Admin: /camunda   REST API (HTTP Basic): /engine-rest, /api\n");
		}
		banner.append(String.format("  %-8s %-10s %-18s %s%n", "user", "password", "role", "clients"));
		for (DemoUsers.DemoUser user : DemoUsers.USERS) {
			banner
				.append(String.format("  %-8s %-10s %-18s %s%n", user.id(), user.password(), user.role(), user.sees()));
		}
		return banner.toString();
	}

}
