package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.CommunityOpsApplication;
import org.communityops.sla.clock.ClockEvent;
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
 * A real restart on one H2 file database (or PostgreSQL database): the application stops
 * before a first response is due, the due moment passes while it is down, and the next
 * start fires the warnings and the breach, stamped with when they were due.
 */
@AlsoOnPostgreSql
class BreachDuringDowntimeTest {

	@TempDir
	Path data;

	final TestDatabase database = new TestDatabase();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aBreachDueWhileTheApplicationWasDownFiresAtStartStampedWithItsDueMoment() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T09:00:00Z")));
		String taskId;
		try (ConfigurableApplicationContext first = start(false)) {
			taskId = MemberRequests
				.waitingForFirstResponse(first.getBean(RuntimeService.class), first.getBean(TaskService.class),
						"normal")
				.getId();
		}

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T15:00:00Z")));
		try (ConfigurableApplicationContext second = start(true)) {
			ClockLog log = second.getBean(ClockLog.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> log.clocksOfTask(taskId).get(0).escalationInstanceId() != null);

			SlaClock clock = log.clocksOfTask(taskId).get(0);
			List<String> events = log.events(clock.id()).stream().map(BreachDuringDowntimeTest::describe).toList();
			assertThat(events).containsExactly("STARTED@2026-11-23T09:00:00Z", "WARNED@2026-11-23T11:00:00Z",
					"WARNED@2026-11-23T12:00:00Z", "BREACHED@2026-11-23T13:00:00Z");
			assertThat(second.getBean(RuntimeService.class)
				.createProcessInstanceQuery()
				.processDefinitionKey("EscalationProcess")
				.variableValueEquals("slaClockId", clock.id())
				.count()).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start(boolean jobExecutor) {
		return new SpringApplicationBuilder(CommunityOpsApplication.class).initializers(database)
			.run("--server.port=0",
					"--spring.datasource.url=jdbc:h2:file:" + data.resolve("communityops") + ";DB_CLOSE_ON_EXIT=FALSE",
					"--camunda.bpm.job-execution.enabled=" + jobExecutor, "--spring.jmx.enabled=false");
	}

	private static String describe(ClockEvent event) {
		return event.type() + "@" + event.at();
	}

}
