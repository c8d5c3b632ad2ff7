package org.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.communityops.identity.ClientTenantsReady;
import org.communityops.identity.ClientsInForce;
import org.communityops.sla.policy.ModelsDeployed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The start-up work follows from events, each saying that what the next step needs is
 * there: the models deployed, then the policies loaded (their clients in force), then the
 * clients' tenants, and only then the demo data, all before the application is ready. A
 * fresh database shows the demo staff in the tenants made before them.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:start-up-order;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class StartUpOrderTest {

	@Autowired
	StartUpSteps steps;

	@Autowired
	IdentityService identityService;

	@Test
	void startUpStepsRunInTheOrderTheirEventsGiveBeforeTheApplicationIsReady() {
		assertThat(steps.seen).containsExactly("models deployed, readiness REFUSING_TRAFFIC",
				"clients in force at start-up [globex, hooli, initech, northwind], readiness REFUSING_TRAFFIC",
				"tenants ready [globex, hooli, initech, northwind], readiness REFUSING_TRAFFIC", "application ready");
		assertThat(identityService.createTenantQuery().userMember("amelia").list())
			.as("the demo account manager's clients, seeded after their tenants existed")
			.extracting("id")
			.containsExactlyInAnyOrder("northwind", "globex", "hooli");
	}

	@TestConfiguration
	static class Steps {

		@Bean
		StartUpSteps startUpSteps(ApplicationAvailability availability) {
			return new StartUpSteps(availability);
		}

	}

	/**
	 * Hears each event before the step that listens for it, which publishes the next one
	 * while it runs.
	 */
	static class StartUpSteps {

		final List<String> seen = new ArrayList<>();

		private final ApplicationAvailability availability;

		StartUpSteps(ApplicationAvailability availability) {
			this.availability = availability;
		}

		@EventListener
		@Order(Ordered.HIGHEST_PRECEDENCE)
		void modelsDeployed(ModelsDeployed deployed) {
			seen.add("models deployed, readiness " + readiness());
		}

		@EventListener
		@Order(Ordered.HIGHEST_PRECEDENCE)
		void clientsInForce(ClientsInForce clients) {
			seen.add("clients in force" + (clients.startUp() ? " at start-up " : " ") + clients.names().keySet()
					+ ", readiness " + readiness());
		}

		@EventListener
		@Order(Ordered.HIGHEST_PRECEDENCE)
		void tenantsReady(ClientTenantsReady ready) {
			seen.add("tenants ready " + ready.clients() + ", readiness " + readiness());
		}

		@EventListener(ApplicationReadyEvent.class)
		void ready() {
			seen.add("application ready");
		}

		private ReadinessState readiness() {
			return availability.getReadinessState();
		}

	}

}
