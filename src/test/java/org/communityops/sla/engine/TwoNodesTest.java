package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.CommunityOpsApplication;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockEventType;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.SlaClock;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, both with their job executor on: every breach
 * fires once and starts exactly one escalation, whichever node's executor runs the
 * deadline (jobs are locked per node, the clock row is guarded by optimistic locking).
 * The nodes share an in-memory H2 database in this JVM (or one PostgreSQL database), each
 * with its own engine.
 */
@AlsoOnPostgreSql
class TwoNodesTest {

	private static final int FIRST_RESPONSES = 12;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private final TestDatabase shared = new TestDatabase();

	@AfterEach
	void stopNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
		ClockUtil.reset();
	}

	@Test
	void everyBreachStartsExactlyOneEscalationWhenTwoNodesRunTheDeadlines() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T09:00:00Z")));
		String database = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		ConfigurableApplicationContext nodeA = start("node-a", "default", database);
		ConfigurableApplicationContext nodeB = start("node-b", "node-b", database);
		List<String> tasks = new ArrayList<>();
		for (int i = 0; i < FIRST_RESPONSES; i++) {
			ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
			tasks.add(MemberRequests
				.waitingForFirstResponse(node.getBean(RuntimeService.class), node.getBean(TaskService.class), "normal")
				.getId());
		}

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T15:00:00Z")));

		ClockLog log = nodeA.getBean(ClockLog.class);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> tasks.stream().allMatch(task -> log.clocksOfTask(task).get(0).escalationInstanceId() != null));
		for (String task : tasks) {
			SlaClock clock = log.clocksOfTask(task).get(0);
			assertThat(log.events(clock.id()).stream().map(ClockEvent::type)).containsExactly(ClockEventType.STARTED,
					ClockEventType.WARNED, ClockEventType.WARNED, ClockEventType.BREACHED);
			assertThat(nodeB.getBean(RuntimeService.class)
				.createProcessInstanceQuery()
				.processDefinitionKey("EscalationProcess")
				.variableValueEquals("slaClockId", clock.id())
				.count()).isEqualTo(1);
		}
		assertThat(nodeA.getBean(HistoryService.class).createHistoricJobLogQuery().successLog().list())
			.filteredOn(job -> DeadlineJobHandler.TYPE.equals(job.getJobDefinitionType()))
			.extracting(job -> job.getHostname())
			.as("nodes that ran deadline jobs")
			.hasSizeGreaterThanOrEqualTo(FIRST_RESPONSES)
			.isSubsetOf("node-a", "node-b");
	}

	private ConfigurableApplicationContext start(String hostname, String engineName, String database) {
		ConfigurableApplicationContext node = new SpringApplicationBuilder(CommunityOpsApplication.class)
			.profiles("two-nodes")
			.initializers(shared)
			.run("--spring.main.web-application-type=none", "--spring.datasource.url=" + database,
					"--camunda.bpm.process-engine-name=" + engineName,
					"--camunda.bpm.generic-properties.properties.hostname=" + hostname,
					"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
					"--camunda.bpm.job-execution.max-wait=500", "--spring.jmx.enabled=false",
					"--communityops.sla.policies.folder=sla-policies", "--spring.autoconfigure.exclude="
							+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
		nodes.add(node);
		return node;
	}

}
