package org.communityops.sla.engine;

import static org.communityops.sla.engine.EngineTime.at;
import static org.communityops.sla.engine.EngineTime.dueDeadlineJobs;
import static org.communityops.sla.engine.EngineTime.sweepDeadlines;
import static org.communityops.sla.engine.EngineTime.runDueDeadlineJobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockEventType;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockState;
import org.communityops.sla.clock.SlaClock;
import org.communityops.sla.clock.SlaWarningRaised;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The real engine and database with the demo policies (northwind: Mon-Fri 08:00-18:00 and
 * Sat 10:00-14:00 in Berlin; first response within 4h for normal priority, warnings at
 * 50% and 75%). The job executor is off: the tests run the deadline jobs themselves at
 * instants set with ClockUtil.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:task-clocks;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class TaskClockIntegrationTest {

	private static final Instant MONDAY_10_BERLIN = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ClockLog clockLog;

	@Autowired
	CommittedWarnings committedWarnings;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * Collects the warnings that listeners receive after the commit, as notification code
	 * would.
	 */
	@TestConfiguration
	static class CommittedWarnings {

		final List<SlaWarningRaised> received = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		void on(SlaWarningRaised warning) {
			received.add(warning);
		}

	}

	@Test
	void marksTheClockMetWhenTheTaskIsCompletedInTime() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "normal");
		assertThat(response.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T13:00:00Z")));
		assertThat(response.getFollowUpDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T11:00:00Z")));

		at("2026-11-23T10:30:00Z");
		taskService.complete(response.getId(), Map.of("responseText", "Here is how", "awaitMemberReply", false));

		SlaClock clock = clockOf(response.getId());
		assertThat(clock.state()).isEqualTo(ClockState.MET);
		assertThat(eventTypes(clock)).containsExactly(ClockEventType.STARTED, ClockEventType.MET);
	}

	@Test
	void warnsAtEachThresholdThenBreachesAndStartsOneEscalation() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "normal");

		at("2026-11-23T13:30:00Z");
		runDueDeadlineJobs(managementService);

		SlaClock clock = clockOf(response.getId());
		assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
		assertThat(clock.breachedAt()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
		assertThat(committedWarnings.received).filteredOn(warning -> warning.clockId().equals(clock.id()))
			.extracting(warning -> warning.threshold() + "@" + warning.warnedAt())
			.containsExactly("50%@2026-11-23T11:00:00Z", "75%@2026-11-23T12:00:00Z");
		assertThat(clockLog.events(clock.id()))
			.extracting(event -> event.type() + "@" + event.at() + " " + event.detail())
			.containsExactly("STARTED@2026-11-23T09:00:00Z within PT4H", "WARNED@2026-11-23T11:00:00Z 50%",
					"WARNED@2026-11-23T12:00:00Z 75%", "BREACHED@2026-11-23T13:00:00Z null");
		ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey("sla-breach-" + clock.id())
			.singleResult();
		assertThat(clock.escalationInstanceId()).isEqualTo(escalation.getId());
		assertThat(runtimeService.getVariables(escalation.getId())).containsEntry("client", "northwind")
			.containsEntry("severity", "medium")
			.containsEntry("sourceTaskId", response.getId())
			.containsEntry("slaTargetId", "first-response");

		taskService.complete(response.getId(), Map.of("responseText", "Sorry for the wait", "awaitMemberReply", false));
		assertThat(clockOf(response.getId()).state()).isEqualTo(ClockState.BREACHED);
		assertThat(escalationsOf(clock)).isEqualTo(1);
	}

	@Test
	void aFailedBreachIsRetriedAndStillStartsExactlyOneEscalation() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "urgent");
		repositoryService.suspendProcessDefinitionByKey("EscalationProcess");
		at("2026-11-23T10:15:00Z");
		sweepDeadlines(managementService);

		Job deadline = dueDeadlineJobs(managementService).get(0);
		assertThatThrownBy(() -> managementService.executeJob(deadline.getId())).hasMessageContaining("suspended");
		SlaClock afterFailure = clockOf(response.getId());
		assertThat(afterFailure.breachedAt()).isNull();
		assertThat(eventTypes(afterFailure)).containsExactly(ClockEventType.STARTED);

		repositoryService.activateProcessDefinitionByKey("EscalationProcess");
		managementService.executeJob(deadline.getId());
		runDueDeadlineJobs(managementService);

		SlaClock clock = clockOf(response.getId());
		assertThat(clock.breachedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(escalationsOf(clock)).isEqualTo(1);
		assertThat(historyService.createHistoricJobLogQuery().jobId(deadline.getId()).failureLog().count())
			.isEqualTo(1);
		assertThat(historyService.createHistoricJobLogQuery().jobId(deadline.getId()).successLog().count())
			.isEqualTo(1);
		assertThat(historyService.createHistoricJobLogQuery().jobId(deadline.getId()).creationLog().count()).isZero();
		assertThat(eventTypes(clock)).containsOnlyOnce(ClockEventType.BREACHED);
	}

	@Test
	void aBreachedEscalationIsRecordedButStartsNoFurtherEscalation() {
		at(MONDAY_10_BERLIN.toString());
		ProcessInstance escalation = runtimeService.startProcessInstanceByKey("EscalationProcess",
				Map.of("client", "northwind", "severity", "medium", "reason", "Spam wave went unmoderated"));
		Task acknowledge = taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult();

		at("2026-11-23T10:30:00Z");
		runDueDeadlineJobs(managementService);

		SlaClock clock = clockOf(acknowledge.getId());
		assertThat(clock.breachedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(clock.escalationInstanceId()).isNull();
		assertThat(escalationsOf(clock)).isZero();
	}

	@Test
	void aTaskCreatedAfterTheSaturdayShiftStartsCountingOnMondayMorning() {
		Task response = firstResponseCreatedAt(Instant.parse("2026-11-28T15:00:00Z"), "normal");

		assertThat(response.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T11:00:00Z")));
	}

	@Test
	void aModelDeployedAtRuntimeGetsClocksForTheTasksAPolicyNames() {
		repositoryService.createDeployment()
			.addModelInstance("forum-migration.bpmn",
					Bpmn.createExecutableProcess("ForumMigrationProcess")
						.camundaHistoryTimeToLive(30)
						.startEvent()
						.userTask("Task_FirstResponse")
						.camundaCandidateGroups("moderators")
						.endEvent()
						.done())
			.deploy();
		at(MONDAY_10_BERLIN.toString());

		ProcessInstance instance = runtimeService.startProcessInstanceByKey("ForumMigrationProcess",
				Map.of("client", "northwind", "priority", "high"));

		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		SlaClock clock = clockOf(task.getId());
		assertThat(clock.targetId()).isEqualTo("first-response");
		assertThat(clock.dueAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
	}

	@Test
	void aTaskOfACalledProcessIsTimedForTheCallersClient() {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("CalledFirstResponse").count() == 0) {
			repositoryService.createDeployment().addClasspathResource("sla/called-first-response.bpmn").deploy();
		}
		at(MONDAY_10_BERLIN.toString());

		ProcessInstance caller = runtimeService.startProcessInstanceByKey("CallsFirstResponse",
				Map.of("client", "northwind"));

		ProcessInstance called = runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(caller.getId())
			.singleResult();
		assertThat(runtimeService.getVariableLocal(called.getId(), "client")).isNull();
		Task task = taskService.createTaskQuery().processInstanceId(called.getId()).singleResult();
		SlaClock clock = clockOf(task.getId());
		assertThat(clock.client()).isEqualTo("northwind");
		assertThat(clock.targetId()).isEqualTo("first-response");
		assertThat(clock.processDefinitionKey()).isEqualTo("CalledFirstResponse");
		assertThat(clock.dueAt()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
		assertThat(task.getDueDate()).isEqualTo(Date.from(clock.dueAt()));
	}

	@Test
	void theEngineRefusesAnotherClientInAStartedInstanceInAnyScopeButLetsTheSameOneBeWrittenAgain() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "normal");
		String instance = response.getProcessInstanceId();

		runtimeService.setVariable(instance, "client", "northwind");
		assertThatThrownBy(() -> runtimeService.setVariable(instance, "client", "initech"))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("'client' names the instance's client, northwind, fixed at its start");
		assertThatThrownBy(() -> taskService.setVariableLocal(response.getId(), "client", "initech"))
			.isInstanceOf(BadUserRequestException.class);
		assertThatThrownBy(() -> taskService.complete(response.getId(),
				Map.of("responseText", "Done", "awaitMemberReply", false, "client", 42L)))
			.isInstanceOf(BadUserRequestException.class);

		assertThat(runtimeService.getVariable(instance, "client")).isEqualTo("northwind");
		assertThat(taskService.createTaskQuery().taskId(response.getId()).count()).isOne();
	}

	private Task firstResponseCreatedAt(Instant at, String priority) {
		at(at.toString());
		return MemberRequests.waitingForFirstResponse(runtimeService, taskService, priority);
	}

	private long escalationsOf(SlaClock clock) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("EscalationProcess")
			.variableValueEquals("slaClockId", clock.id())
			.count();
	}

	private SlaClock clockOf(String taskId) {
		List<SlaClock> clocks = clockLog.clocksOfTask(taskId);
		assertThat(clocks).hasSize(1);
		return clocks.get(0);
	}

	private List<ClockEventType> eventTypes(SlaClock clock) {
		return clockLog.events(clock.id()).stream().map(ClockEvent::type).toList();
	}

}
