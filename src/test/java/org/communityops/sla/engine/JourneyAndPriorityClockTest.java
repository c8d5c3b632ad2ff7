package org.communityops.sla.engine;

import static org.communityops.sla.engine.EngineTime.at;
import static org.communityops.sla.engine.EngineTime.runDueDeadlineJobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockState;
import org.communityops.sla.clock.SlaClock;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Journey clocks paused while the client holds the item, and clocks re-targeted on a
 * priority change, on the real engine with the demo policies. northwind: Mon-Fri
 * 08:00-18:00 Berlin; content turnaround 16h from start to end of ContentApprovalProcess,
 * paused while in Task_ClientApproval; first response 4h normal, 1h urgent.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:journey-clocks;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class JourneyAndPriorityClockTest {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ClockLog clockLog;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aJourneyPausesWhileTheClientHoldsTheItemAndItsDueTimeMovesOnResume() {
		at("2026-11-23T09:00:00Z");
		ProcessInstance content = runtimeService.startProcessInstanceByKey("ContentApprovalProcess",
				Map.of("client", "northwind", "contentType", "post", "title", "Winter sale", "brief", "Announce it",
						"priority", "normal", "publishBy", "2026-12-01"));
		SlaClock journey = journeyOf(content);
		assertThat(journey.dueAt()).isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));

		at("2026-11-23T11:00:00Z");
		complete(content, Map.of("body", "Everything 20% off", "channel", "Announcements"));
		complete(content, Map.of("reviewDecision", "approve"));
		assertThat(journeyOf(content).state()).isEqualTo(ClockState.PAUSED);
		assertThat(journeyOf(content).dueAt()).isNull();

		at("2026-11-24T09:00:00Z");
		complete(content, Map.of("clientDecision", "approve"));
		SlaClock resumed = journeyOf(content);
		Instant newDue = Instant.parse("2026-11-25T13:00:00Z");
		assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
		assertThat(resumed.dueAt()).isEqualTo(newDue);
		assertThat(openTask(content).getDueDate()).isEqualTo(Date.from(newDue));

		at("2026-11-24T10:00:00Z");
		complete(content, Map.of("publishedUrl", "https://community.example/t/1", "publishedAt", "2026-11-24T10:00Z"));
		assertThat(clockLog.events(journey.id())).extracting(event -> event.type() + "@" + event.at())
			.containsExactly("STARTED@2026-11-23T09:00:00Z", "PAUSED@2026-11-23T11:00:00Z",
					"RESUMED@2026-11-24T09:00:00Z", "MET@2026-11-24T10:00:00Z");
	}

	@Test
	void aPriorityChangeRetargetsTheRunningClockAndMovesTheTaskDueDate() {
		at("2026-11-23T09:00:00Z");
		Task response = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		String request = response.getProcessInstanceId();
		assertThat(response.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T13:00:00Z")));

		at("2026-11-23T09:40:00Z");
		runtimeService.setVariable(request, "priority", "urgent");

		SlaClock clock = clockLog.clocksOfTask(response.getId()).get(0);
		assertThat(clock.within()).hasHours(1);
		assertThat(clock.dueAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(taskService.createTaskQuery().processInstanceId(request).singleResult().getDueDate())
			.isEqualTo(Date.from(Instant.parse("2026-11-23T10:00:00Z")));
		assertThat(clockLog.events(clock.id()))
			.extracting(event -> event.type() + "@" + event.at() + " " + event.detail())
			.containsExactly("STARTED@2026-11-23T09:00:00Z within PT4H",
					"RETARGETED@2026-11-23T09:40:00Z normal PT4H -> urgent PT1H", "WARNED@2026-11-23T09:40:00Z 50%");

		at("2026-11-23T10:05:00Z");
		runDueDeadlineJobs(managementService);
		assertThat(clockLog.clocksOfTask(response.getId()).get(0).breachedAt())
			.isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
	}

	@Test
	void aBreachStandsWhenThePriorityIsLoweredAfterItAndIsLoggedOnce() {
		at("2026-11-23T09:00:00Z");
		Task response = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		String request = response.getProcessInstanceId();
		Instant due = Instant.parse("2026-11-23T13:00:00Z");
		at("2026-11-23T13:05:00Z");
		runDueDeadlineJobs(managementService);

		at("2026-11-23T13:30:00Z");
		runtimeService.setVariable(request, "priority", "low");
		at("2026-11-23T14:00:00Z");
		taskService.complete(response.getId(), Map.of("responseText", "Fixed", "awaitMemberReply", false));

		SlaClock clock = clockLog.clocksOfTask(response.getId()).get(0);
		assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
		assertThat(clock.breachedAt()).isEqualTo(due);
		assertThat(clock.dueAt()).as("the due moment the breach was measured against").isEqualTo(due);
		assertThat(clock.within()).as("the allowance then in force").hasHours(4);
		assertThat(clock.priority()).as("the item's priority now").isEqualTo("low");
		assertThat(clock.stoppedAt()).isAfter(clock.dueAt());
		assertThat(clockLog.events(clock.id())).extracting(event -> event.type() + " " + event.detail())
			.filteredOn(event -> !event.startsWith("WARNED"))
			.containsExactly("STARTED within PT4H", "BREACHED null",
					"RETARGETED normal PT4H -> low PT8H after the breach at 2026-11-23T13:00:00Z, which stands with PT4H",
					"COMPLETED done after the breach");
	}

	private SlaClock journeyOf(ProcessInstance instance) {
		List<SlaClock> journeys = clockLog.clocksOfInstance(instance.getId())
			.stream()
			.filter(clock -> clock.taskId() == null)
			.toList();
		assertThat(journeys).hasSize(1);
		return journeys.get(0);
	}

	private Task openTask(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private void complete(ProcessInstance instance, Map<String, Object> variables) {
		taskService.complete(openTask(instance).getId(), variables);
	}

}
