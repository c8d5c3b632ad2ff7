package org.communityops.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/escalation.bpmn", "processes/escalation-deadlines.dmn",
		"processes/forms/start-escalation.form", "processes/forms/acknowledge-escalation.form",
		"processes/forms/lead-acknowledge-escalation.form", "processes/forms/choose-action.form",
		"processes/forms/reassign-work.form", "processes/forms/notify-client.form", "processes/forms/remediate.form",
		"processes/forms/resolve-escalation.form" })
class EscalationProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullFlowCoverage();

	private static final String PROCESS_KEY = "EscalationProcess";

	/** A whole second, so due dates survive the database's timestamp precision. */
	private static final Instant RAISED_AT = Instant.parse("2026-03-02T09:00:00Z");

	@BeforeEach
	void setUp() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(RAISED_AT));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void criticalSlaBreachAcknowledgedInTimeIsReassignedAndResolved() {
		ProcessInstance escalation = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
				Map.of("client", "northwind", "severity", "critical", "reason",
						"First response SLA missed on a member complaint", "sourceProcessInstanceId", "pi-4711",
						"sourceTaskId", "task-0815", "slaClockId", "clock-42", "slaTargetId", "first-response"));

		assertThat(escalation).isWaitingAt("Task_AcknowledgeEscalation");
		assertThat(escalation).variables()
			.containsEntry("escalationLevel", 1L)
			.containsEntry("acknowledgeWithin", "PT30M")
			.containsEntry("sourceProcessInstanceId", "pi-4711")
			.containsEntry("sourceTaskId", "task-0815")
			.containsEntry("slaClockId", "clock-42")
			.containsEntry("slaTargetId", "first-response");
		assertThat(task(escalation)).hasCandidateGroup("account-managers");
		assertHasForm(task(escalation), "Form_AcknowledgeEscalation");
		assertTimerDueAfter(escalation, Duration.ofMinutes(30));

		ClockUtil.setCurrentTime(Date.from(RAISED_AT.plus(Duration.ofMinutes(10))));
		complete(task(escalation), withVariables("acknowledgeNote", "On it"));

		assertThat(escalation).isWaitingAt("Task_ChooseAction").hasNotPassed("Timer_AcknowledgeOverdue");
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(escalation.getId()).count())
			.as("acknowledging cancels the overdue timer")
			.isZero();
		assertThat(task(escalation)).hasCandidateGroup("account-managers");
		assertHasForm(task(escalation), "Form_ChooseAction");
		complete(task(escalation), withVariables("escalationAction", "reassign"));

		assertThat(escalation).isWaitingAt("Task_ReassignWork");
		assertThat(task(escalation)).hasCandidateGroup("account-managers");
		assertHasForm(task(escalation), "Form_ReassignWork");
		complete(task(escalation), withVariables("newOwner", "moderators-emea", "reassignmentNote",
				"Night shift takes over the complaint queue"));

		resolve(escalation);

		assertThat(escalation).isEnded()
			.hasPassedInOrder("StartEvent_EscalationRaised", "Task_DecideAcknowledgeDeadline",
					"Task_AcknowledgeEscalation", "Task_ChooseAction", "Gateway_EscalationAction", "Task_ReassignWork",
					"Gateway_ActionDone", "Task_ResolveEscalation", "EndEvent_EscalationResolved")
			.hasNotPassed("Task_LeadAcknowledgeEscalation", "Task_NotifyClient", "Task_Remediate");
		assertThat(escalation).variables()
			.containsEntry("escalationLevel", 1L)
			.containsEntry("escalationAction", "reassign")
			.containsEntry("newOwner", "moderators-emea")
			.containsEntry("rootCause", "Complaint queue unstaffed overnight")
			.containsEntry("resolutionNote", "Handled by the night shift");
	}

	@Test
	void escalationRaisedByHandWithTheStartFormIsResolvedAfterNotifyingTheClient() throws IOException {
		String definitionId = repositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.latestVersion()
			.singleResult()
			.getId();
		Assertions.assertThat(formService().getStartFormKey(definitionId)).isNull();
		try (InputStream startForm = formService().getDeployedStartForm(definitionId)) {
			Assertions.assertThat(new String(startForm.readAllBytes(), StandardCharsets.UTF_8))
				.contains("\"Form_StartEscalationProcess\"");
		}

		ProcessInstance escalation = formService().submitStartForm(definitionId, Map.of("client", "northwind",
				"severity", "medium", "reason", "Client unhappy with the tone of last week's announcements"));

		assertThat(escalation).isWaitingAt("Task_AcknowledgeEscalation");
		assertThat(escalation).variables()
			.containsEntry("client", "northwind")
			.containsEntry("escalationLevel", 1L)
			.containsEntry("acknowledgeWithin", "PT4H")
			.doesNotContainKeys("sourceProcessInstanceId", "sourceTaskId", "slaClockId", "slaTargetId");
		assertTimerDueAfter(escalation, Duration.ofHours(4));

		complete(task(escalation));
		complete(task(escalation),
				withVariables("escalationAction", "notify-client", "actionNote", "Call their community lead today"));

		assertThat(escalation).isWaitingAt("Task_NotifyClient");
		assertThat(task(escalation)).hasCandidateGroup("account-managers");
		assertHasForm(task(escalation), "Form_NotifyClient");
		complete(task(escalation), withVariables("clientMessage", "Apologised; tone guide updated", "clientNotifiedAt",
				"2026-03-02T11:30:00+01:00"));

		resolve(escalation, Map.of("preventiveAction", "Client reviews announcement drafts for a month"));

		assertThat(escalation).isEnded()
			.hasPassedInOrder("Task_AcknowledgeEscalation", "Task_ChooseAction", "Task_NotifyClient",
					"Task_ResolveEscalation", "EndEvent_EscalationResolved")
			.hasNotPassed("Task_ReassignWork", "Task_Remediate", "Task_LeadAcknowledgeEscalation");
		assertThat(escalation).variables()
			.containsEntry("clientMessage", "Apologised; tone guide updated")
			.containsEntry("clientNotifiedAt", "2026-03-02T11:30:00+01:00")
			.containsEntry("preventiveAction", "Client reviews announcement drafts for a month");
	}

	@Test
	void remediationGoesToTheModeratorsBeforeTheAccountManagerResolves() {
		ProcessInstance escalation = raise("high");

		assertThat(escalation).variables().containsEntry("acknowledgeWithin", "PT1H");
		assertTimerDueAfter(escalation, Duration.ofHours(1));

		complete(task(escalation));
		complete(task(escalation), withVariables("escalationAction", "remediate"));

		assertThat(escalation).isWaitingAt("Task_Remediate");
		assertOnlyCandidateGroup(task(escalation), "moderators");
		assertHasForm(task(escalation), "Form_Remediate");
		complete(task(escalation), withVariables("remediationSteps", "Removed spam wave, banned 12 accounts"));

		assertThat(escalation).isWaitingAt("Task_ResolveEscalation");
		resolve(escalation);

		assertThat(escalation).isEnded()
			.hasPassedInOrder("Task_ChooseAction", "Task_Remediate", "Task_ResolveEscalation")
			.hasNotPassed("Task_ReassignWork", "Task_NotifyClient", "Task_LeadAcknowledgeEscalation");
		assertThat(escalation).variables().containsEntry("remediationSteps", "Removed spam wave, banned 12 accounts");
	}

	@Test
	void unacknowledgedCriticalEscalationGoesToTheAgencyLeadsAfterThirtyMinutes() {
		ProcessInstance escalation = raise("critical");
		Job timer = assertTimerDueAfter(escalation, Duration.ofMinutes(30));

		ClockUtil.setCurrentTime(Date.from(RAISED_AT.plus(Duration.ofMinutes(30))));
		execute(timer);

		assertThat(escalation).isWaitingAt("Task_LeadAcknowledgeEscalation")
			.isNotWaitingAt("Task_AcknowledgeEscalation")
			.hasPassed("Timer_AcknowledgeOverdue");
		assertThat(escalation).variables().containsEntry("escalationLevel", 2L);
		assertOnlyCandidateGroup(task(escalation), "agency-leads");
		assertHasForm(task(escalation), "Form_LeadAcknowledgeEscalation");
		complete(task(escalation), withVariables("owningAccountManager", "maria", "leadNote", "Maria owns Northwind"));

		assertThat(escalation).isWaitingAt("Task_ChooseAction");
		assertThat(task(escalation)).hasCandidateGroup("account-managers");
		complete(task(escalation), withVariables("escalationAction", "remediate"));
		complete(task(escalation), withVariables("remediationSteps", "Locked the heated thread"));
		resolve(escalation);

		assertThat(escalation).isEnded()
			.hasPassedInOrder("Task_AcknowledgeEscalation", "Timer_AcknowledgeOverdue",
					"Task_LeadAcknowledgeEscalation", "Task_ChooseAction", "Task_Remediate", "Task_ResolveEscalation",
					"EndEvent_EscalationResolved");
		assertThat(escalation).variables()
			.containsEntry("escalationLevel", 2L)
			.containsEntry("owningAccountManager", "maria");
	}

	@Test
	void unacknowledgedLowEscalationWaitsFourHoursBeforeGoingToTheAgencyLeads() {
		ProcessInstance escalation = raise("low");
		Job timer = assertTimerDueAfter(escalation, Duration.ofHours(4));

		ClockUtil.setCurrentTime(Date.from(RAISED_AT.plus(Duration.ofHours(4)).minus(Duration.ofMinutes(1))));
		Assertions
			.assertThat(managementService().createJobQuery().processInstanceId(escalation.getId()).executable().count())
			.as("timer not due a minute before four hours")
			.isZero();

		ClockUtil.setCurrentTime(Date.from(RAISED_AT.plus(Duration.ofHours(4))));
		Assertions
			.assertThat(managementService().createJobQuery().processInstanceId(escalation.getId()).executable().count())
			.isEqualTo(1);
		execute(timer);

		assertThat(escalation).isWaitingAt("Task_LeadAcknowledgeEscalation");
		assertThat(task(escalation)).hasCandidateGroup("agency-leads");
		assertThat(escalation).variables().containsEntry("escalationLevel", 2L);
	}

	@Test
	void acknowledgeWithinGivenAtStartOverridesTheSeverityDeadline() {
		ProcessInstance escalation = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
				Map.of("client", "northwind", "severity", "critical", "reason",
						"Contract says two hours for this client", "acknowledgeWithin", "PT2H"));

		assertThat(escalation).variables().containsEntry("acknowledgeWithin", "PT2H");
		assertTimerDueAfter(escalation, Duration.ofHours(2));
	}

	@Test
	void deadlineTableGivesEachSeverityItsDeadlineUnlessOneIsGivenAtStart() {
		Assertions.assertThat(acknowledgeWithin("critical", null)).isEqualTo("PT30M");
		Assertions.assertThat(acknowledgeWithin("high", null)).isEqualTo("PT1H");
		Assertions.assertThat(acknowledgeWithin("medium", null)).isEqualTo("PT4H");
		Assertions.assertThat(acknowledgeWithin("low", null)).isEqualTo("PT4H");
		Assertions.assertThat(acknowledgeWithin(null, null)).as("no severity").isEqualTo("PT4H");
		Assertions.assertThat(acknowledgeWithin("critical", "PT2H")).as("given at start").isEqualTo("PT2H");
		Assertions.assertThat(acknowledgeWithin("high", "")).as("given empty, as a form may").isEqualTo("PT1H");
	}

	/**
	 * Evaluates the deployed decision table through the engine, with the variables an
	 * escalation starts with.
	 */
	private static String acknowledgeWithin(String severity, String given) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("severity", severity);
		variables.put("acknowledgeWithin", given);
		return decisionService().evaluateDecisionTableByKey("Decision_EscalationDeadlines", variables)
			.getSingleResult()
			.getSingleEntry();
	}

	private static ProcessInstance raise(String severity) {
		ProcessInstance escalation = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
				Map.of("client", "northwind", "severity", severity, "reason", "Moderation backlog over the SLA"));
		assertThat(escalation).isWaitingAt("Task_AcknowledgeEscalation");
		assertThat(task(escalation)).hasCandidateGroup("account-managers");
		return escalation;
	}

	/**
	 * The overdue timer is the instance's only job and falls due the given time after the
	 * escalation was raised.
	 */
	private static Job assertTimerDueAfter(ProcessInstance escalation, Duration acknowledgeWithin) {
		Job timer = job(escalation);
		Assertions
			.assertThat(managementService().createJobDefinitionQuery()
				.jobDefinitionId(timer.getJobDefinitionId())
				.singleResult()
				.getActivityId())
			.isEqualTo("Timer_AcknowledgeOverdue");
		Assertions.assertThat(timer.getDuedate()).hasSameTimeAs(Date.from(RAISED_AT.plus(acknowledgeWithin)));
		return timer;
	}

	private static void resolve(ProcessInstance escalation) {
		resolve(escalation, Map.of());
	}

	private static void resolve(ProcessInstance escalation, Map<String, Object> extraVariables) {
		assertThat(escalation).isWaitingAt("Task_ResolveEscalation");
		Task resolveTask = task(escalation);
		assertThat(resolveTask).hasCandidateGroup("account-managers");
		assertHasForm(resolveTask, "Form_ResolveEscalation");
		Map<String, Object> variables = withVariables("rootCause", "Complaint queue unstaffed overnight",
				"resolutionNote", "Handled by the night shift");
		variables.putAll(extraVariables);
		complete(resolveTask, variables);
	}

	/** Exactly this group may work the task (no other group, no assignee yet). */
	private static void assertOnlyCandidateGroup(Task task, String group) {
		assertThat(task).hasCandidateGroup(group).isNotAssigned();
		Assertions.assertThat(taskService().getIdentityLinksForTask(task.getId()))
			.extracting(IdentityLink::getType, IdentityLink::getGroupId)
			.containsExactly(Assertions.tuple(IdentityLinkType.CANDIDATE, group));
	}

	/** The task's Camunda Form reference resolves to the deployed form with that id. */
	private static void assertHasForm(Task task, String formId) {
		try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
			Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
				.contains("\"id\": \"" + formId + "\"");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
