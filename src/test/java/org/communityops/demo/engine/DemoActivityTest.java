package org.communityops.demo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockEventType;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockState;
import org.communityops.sla.clock.OpenClockCounts;
import org.communityops.sla.clock.SlaClock;
import org.communityops.sla.engine.EngineTime;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo activity on the real engine and the demo policies; its schedule is set far
 * off, so the tests run its steps themselves (and, with the job executor off, the SLA
 * deadline jobs). The tests share the generator, so each looks only at what its own steps
 * started.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:demo-activity;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=true",
				"communityops.demo.activity.interval=1h" })
class DemoActivityTest {

	@Autowired
	DemoActivity activity;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ClockLog clockLog;

	@Autowired
	OpenClockCounts openClocks;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void requestsArriveForEachClientInTurnAndEveryOtherStepTriagesTheOldest() {
		long openBefore = openClocks.all().stream().mapToLong(OpenClockCounts.Count::clocks).sum();
		Set<String> before = activityInstanceIds();
		long triagesBefore = waitingActivityTasks("Task_Triage");
		long responsesBefore = waitingActivityTasks("Task_FirstResponse");

		for (int i = 0; i < DemoUsers.CLIENTS.size(); i++) {
			activity.step();
		}

		assertThat(startedSince(before)).extracting(ProcessInstance::getTenantId)
			.containsExactlyInAnyOrder("northwind", "globex", "initech", "hooli");
		assertThat(waitingActivityTasks("Task_Triage")).isEqualTo(triagesBefore + 2);
		assertThat(waitingActivityTasks("Task_FirstResponse")).isEqualTo(responsesBefore + 2);
		assertThat(openClocks.all().stream().mapToLong(OpenClockCounts.Count::clocks).sum()).isGreaterThan(openBefore);
	}

	/**
	 * The point of the round-the-clock client: at 03:00 on a Sunday in Berlin (Saturday
	 * evening in Chicago, Sunday morning in Bengaluru: every business-hours demo contract
	 * is closed) its request warns, breaches and escalates within minutes, while another
	 * client's request of the same night waits for its business hours.
	 */
	@Test
	void onASundayAtThreeInTheMorningTheRoundTheClockClientsRequestWarnsBreachesAndEscalatesWithinMinutes() {
		Instant night = Instant.parse("2030-03-03T02:00:00Z");
		Set<String> before = activityInstanceIds();
		ProcessInstance hooli = null;
		for (int i = 0; hooli == null && i < DemoUsers.CLIENTS.size(); i++) {
			EngineTime.at(night.plusSeconds(30L * i).toString());
			activity.step();
			hooli = startedSince(before).stream()
				.filter(instance -> "hooli".equals(instance.getTenantId()))
				.findFirst()
				.orElse(null);
		}
		assertThat(hooli).as("a hooli request within one round of the demo clients").isNotNull();
		ProcessInstance northwind = startedSince(before).stream()
			.filter(instance -> "northwind".equals(instance.getTenantId()))
			.findFirst()
			.orElseThrow();
		SlaClock triage = clock(hooli, "triage");
		Instant started = triage.startedAt();
		assertThat(triage.within()).isLessThanOrEqualTo(Duration.ofMinutes(3));

		for (int minute = 1; minute <= 5; minute++) {
			EngineTime.at(started.plus(Duration.ofMinutes(minute)).toString());
			EngineTime.runDueDeadlineJobs(managementService);
		}

		SlaClock breached = clockLog.clock(triage.id()).orElseThrow();
		assertThat(breached.breachedAt()).as("breached, still open").isEqualTo(started.plus(triage.within()));
		assertThat(clockLog.events(triage.id())).extracting(ClockEvent::type)
			.containsExactly(ClockEventType.STARTED, ClockEventType.WARNED, ClockEventType.WARNED,
					ClockEventType.BREACHED);
		ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
			.processInstanceId(breached.escalationInstanceId())
			.singleResult();
		assertThat(escalation.getTenantId()).isEqualTo("hooli");
		SlaClock acknowledge = clock(escalation, "escalation-acknowledged");
		assertThat(acknowledge.state()).isEqualTo(ClockState.RUNNING);
		assertThat(acknowledge.within()).isEqualTo(Duration.ofMinutes(10));
		SlaClock businessHoursOnly = clockLog.clock(clock(northwind, "support-resolution").id()).orElseThrow();
		assertThat(businessHoursOnly.state()).isEqualTo(ClockState.RUNNING);
		assertThat(businessHoursOnly.dueAt()).isAfter(Instant.parse("2030-03-04T07:00:00Z")); // Monday
																								// 08:00
																								// in
																								// Berlin
	}

	private SlaClock clock(ProcessInstance instance, String target) {
		return clockLog.clocksOfInstance(instance.getId())
			.stream()
			.filter(clock -> clock.targetId().equals(target))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + target + " clock on " + instance.getTenantId()));
	}

	private Set<String> activityInstanceIds() {
		return activityInstances().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
	}

	private List<ProcessInstance> startedSince(Set<String> before) {
		return activityInstances().stream().filter(instance -> !before.contains(instance.getId())).toList();
	}

	private List<ProcessInstance> activityInstances() {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKeyLike(DemoActivity.BUSINESS_KEY_PREFIX + "%")
			.list();
	}

	private long waitingActivityTasks(String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKeyLike(DemoActivity.BUSINESS_KEY_PREFIX + "%")
			.taskDefinitionKey(taskKey)
			.count();
	}

}
