package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityops.CommunityOpsApplication;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockEventType;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.SlaClock;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node wakes its job executor when a deadline it scheduled falls due: here the executor
 * is told to look for due jobs only every ten minutes, and a breach due seconds after the
 * task was created is still escalated long before its next look.
 */
@AlsoOnPostgreSql
class DeadlineWakeUpTest {

	private static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-WAKE, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: first-response
			    name: First response to a member
			    task: Task_FirstResponse
			    within: 5s
			    clock: 24x7
			""";

	@TempDir
	Path policies;

	private ConfigurableApplicationContext node;

	@AfterEach
	void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void escalatesABreachAtItsMomentThoughTheExecutorWouldLookOnlyInTenMinutes() throws Exception {
		Files.writeString(policies.resolve("northwind.yaml"), POLICY);
		node = new SpringApplicationBuilder(CommunityOpsApplication.class).initializers(new TestDatabase())
			.run("--spring.main.web-application-type=none",
					"--spring.datasource.url=jdbc:h2:mem:wake-up-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--camunda.bpm.job-execution.enabled=true",
					"--camunda.bpm.job-execution.wait-time-in-millis=600000",
					"--camunda.bpm.job-execution.max-wait=600000", "--communityops.demo.activity.enabled=false",
					"--communityops.sla.policies.folder=" + policies, "--spring.jmx.enabled=false",
					"--spring.autoconfigure.exclude="
							+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
		String task = MemberRequests
			.waitingForFirstResponse(node.getBean(RuntimeService.class), node.getBean(TaskService.class), "normal")
			.getId();

		ClockLog log = node.getBean(ClockLog.class);
		await().atMost(Duration.ofMinutes(2)).until(() -> log.clocksOfTask(task).get(0).escalationInstanceId() != null);
		SlaClock clock = log.clocksOfTask(task).get(0);
		assertThat(log.events(clock.id()).stream().map(ClockEvent::type)).containsExactly(ClockEventType.STARTED,
				ClockEventType.BREACHED);
		assertThat(clock.breachedAt()).as("breached at its due moment").isEqualTo(clock.dueAt());
	}

}
