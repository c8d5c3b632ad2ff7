package org.communityops.process;

import static org.communityops.process.UserTaskAssertions.deployedFormId;
import static org.communityops.process.UserTaskAssertions.deployedStartFormId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/member-support.bpmn", "processes/forms/start-member-support.form",
		"processes/forms/triage.form", "processes/forms/first-response.form", "processes/forms/resolve-request.form",
		"processes/forms/product-team-follow-up.form" })
class MemberSupportProcessTest {

	private static final String PROCESS_KEY = "MemberSupportProcess";

	private static final String BUSINESS_KEY = "support-northwind-1";

	/**
	 * When the moderator sends the first response in the timer tests: Monday 10 March
	 * 2025, 09:30 UTC.
	 */
	private static final Instant RESPONSE_SENT = Instant.parse("2025-03-10T09:30:00Z");

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullFlowCoverage();

	ProcessEngine processEngine;

	@BeforeEach
	void initAssertions() {
		init(processEngine);
	}

	@AfterEach
	void resetClockAndMocks() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void triageWithNoActionClosesTheRequestWithoutAResponse() {
		ProcessInstance instance = startRequest("flagged-post", "normal");
		assertThat(instance).isWaitingAt("Task_Triage");
		assertThat(task()).hasCandidateGroup("moderators");

		complete(task(), withVariables("priority", "low", "category", "guideline-violation", "triageOutcome",
				"no-action", "noActionReason", "spam", "triageNote", "Spam bot, account already banned"));

		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_RequestReceived", "Task_Triage", "Gateway_TriageOutcome",
					"EndEvent_ClosedNoAction")
			.hasNotPassed("Task_FirstResponse");
		assertThat(instance).variables()
			.containsEntry("triageOutcome", "no-action")
			.containsEntry("noActionReason", "spam")
			.containsEntry("priority", "low");
	}

	@Test
	void memberReplyCorrelatedByBusinessKeyLeadsToResolution() {
		ProcessInstance instance = startRequest("question", "normal");
		triageToRespond(instance, "normal");
		assertThat(instance).isWaitingAt("Task_FirstResponse");
		assertThat(task()).hasCandidateGroup("moderators");

		complete(task(), withVariables("responseText", "Which browser do you use?", "awaitMemberReply", true));
		assertThat(instance).isWaitingAt("Gateway_MemberReplyOrTimeout").isWaitingFor("MemberReplied");

		runtimeService().createMessageCorrelation("MemberReplied")
			.processInstanceBusinessKey(BUSINESS_KEY)
			.setVariable("memberReply", "Firefox 125 on Windows")
			.correlateWithResult();

		assertThat(instance).isWaitingAt("Task_ResolveRequest");
		assertThat(task()).hasCandidateGroup("moderators");
		assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("timeout timer cancelled").isZero();

		complete(task(),
				withVariables("resolutionSummary", "Cleared the cache; login works again", "handOverToClient", false));

		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_FirstResponse", "Gateway_AwaitMemberReply", "Gateway_MemberReplyOrTimeout",
					"Event_MemberReplied", "Task_ResolveRequest", "Gateway_HandOverToClient", "Gateway_RequestResolved",
					"EndEvent_RequestResolved")
			.hasNotPassed("Timer_MemberReplyTimeout", "Task_ProductTeamFollowUp");
		assertThat(instance).variables()
			.containsEntry("memberReply", "Firefox 125 on Windows")
			.containsEntry("handOverToClient", false);
	}

	@Test
	void memberWhoNeverRepliesClosesTheRequestAfterThreeDays() {
		ProcessInstance instance = startRequest("question", "normal");
		triageToRespond(instance, "normal");

		ClockUtil.setCurrentTime(Date.from(RESPONSE_SENT));
		complete(task(instance), withVariables("responseText", "Can you send a screenshot?", "awaitMemberReply", true));

		assertThat(instance).isWaitingAt("Gateway_MemberReplyOrTimeout");
		Job timeout = job("Timer_MemberReplyTimeout", instance);
		assertThat(timeout.getDuedate()).isEqualTo(Date.from(RESPONSE_SENT.plus(Duration.ofDays(3))));

		ClockUtil.setCurrentTime(Date.from(RESPONSE_SENT.plus(Duration.ofDays(3)).plusSeconds(60)));
		execute(timeout);

		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_FirstResponse", "Gateway_MemberReplyOrTimeout", "Timer_MemberReplyTimeout",
					"EndEvent_ClosedNoReply")
			.hasNotPassed("Event_MemberReplied", "Task_ResolveRequest");
	}

	@Test
	void memberReplyTimeoutCanBeSetPerRequest() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
				withVariables("client", "northwind", "requestKind", "question", "priority", "urgent", "memberName",
						"Ada", "subject", "Outage", "details", "Site is down", "memberReplyTimeout", "PT12H"));
		triageToRespond(instance, "urgent");

		ClockUtil.setCurrentTime(Date.from(RESPONSE_SENT));
		complete(task(instance), withVariables("responseText", "Is it back for you?", "awaitMemberReply", true));

		assertThat(job("Timer_MemberReplyTimeout", instance).getDuedate())
			.isEqualTo(Date.from(RESPONSE_SENT.plus(Duration.ofHours(12))));
	}

	@Test
	void answerWithoutWaitingGoesToResolutionAndHandsOverToTheClientsProductTeam() {
		ProcessInstance instance = startRequest("question", "normal");
		triageToRespond(instance, "high");
		assertThat(instance).variables().containsEntry("priority", "high").containsEntry("category", "bug-report");

		complete(task(instance),
				withVariables("responseText", "Thanks, we passed this on.", "awaitMemberReply", false));
		assertThat(instance).isWaitingAt("Task_ResolveRequest");

		complete(task(), withVariables("resolutionSummary", "Confirmed bug in CSV export", "handOverToClient", true));
		assertThat(instance).isWaitingAt("Task_ProductTeamFollowUp");
		assertThat(task()).hasCandidateGroup("client-northwind");

		complete(task(), withVariables("followUpDecision", "planned", "followUpNote", "Fix ships in 4.2",
				"followUpReference", "NW-1234"));

		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_FirstResponse", "Gateway_AwaitMemberReply", "Task_ResolveRequest",
					"Gateway_HandOverToClient", "Task_ProductTeamFollowUp", "Gateway_RequestResolved",
					"EndEvent_RequestResolved")
			.hasNotPassed("Gateway_MemberReplyOrTimeout", "Event_MemberReplied", "Timer_MemberReplyTimeout");
		assertThat(instance).variables()
			.containsEntry("handOverToClient", true)
			.containsEntry("followUpDecision", "planned")
			.containsEntry("followUpReference", "NW-1234");
	}

	@Test
	void everyStepOffersItsCamundaForm() {
		ProcessInstance instance = startRequest("question", "normal");
		assertThat(instance).isWaitingAt("Task_Triage");
		assertThat(deployedStartFormId(instance.getProcessDefinitionId())).isEqualTo("Form_StartMemberSupportProcess");

		assertThat(deployedFormId(task())).isEqualTo("Form_Triage");
		triageToRespond(instance, "normal");
		assertThat(deployedFormId(task())).isEqualTo("Form_FirstResponse");
		complete(task(), withVariables("responseText", "Done", "awaitMemberReply", false));
		assertThat(deployedFormId(task())).isEqualTo("Form_ResolveRequest");
		complete(task(), withVariables("resolutionSummary", "Done", "handOverToClient", true));
		assertThat(deployedFormId(task())).isEqualTo("Form_ProductTeamFollowUp");
	}

	@Test
	void questionPostedOnTheForumStartsAtItsFirstResponse() {
		ProcessInstance instance = runtimeService().createMessageCorrelation("QuestionPosted")
			.processInstanceBusinessKey("discourse-topic-77")
			.setVariables(
					withVariables("client", "northwind", "requestKind", "question", "priority", "normal", "memberName",
							"ada", "subject", "How do I export?", "link", "https://community.northwind.example/t/77"))
			.correlateStartMessage();

		assertThat(instance).isWaitingAt("Task_FirstResponse").hasNotPassed("Task_Triage");
		complete(task(instance), withVariables("responseText", "Settings, then Export", "awaitMemberReply", false));
		complete(task(instance), withVariables("resolutionSummary", "Answered", "handOverToClient", false));
		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_QuestionPosted", "Task_FirstResponse", "Task_ResolveRequest",
					"EndEvent_RequestResolved");
	}

	@Test
	void flagDecidedOnTheForumFirstEndsItsTriage() {
		ProcessInstance instance = startRequest("flagged-post", "high");

		runtimeService().createMessageCorrelation("HandledOnPlatform")
			.processInstanceBusinessKey(BUSINESS_KEY)
			.correlateWithResult();

		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_Triage", "Event_HandledOnPlatform", "EndEvent_HandledOnPlatform")
			.hasNotPassed("Gateway_TriageOutcome");
	}

	@Test
	void moderatorsDecisionIsPerformedOnTheForumInAJobThatIsRetriedOnItsCycle() {
		ForumDecisions forum = new ForumDecisions();
		Mocks.register("platformDecisions", forum);
		ClockUtil.setCurrentTime(Date.from(RESPONSE_SENT));
		ProcessInstance instance = startRequest("flagged-post", "high");
		complete(task(instance), withVariables("category", "guideline-violation", "triageOutcome", "no-action",
				"noActionReason", "resolved-elsewhere", "platformAction", "agree_and_hide"));

		assertThat(instance).isWaitingAt("Task_PerformDecisionOnPlatform");
		forum.refusals = 1;
		Job decision = job("Task_PerformDecisionOnPlatform", instance);
		assertThatThrownBy(() -> managementService().executeJob(decision.getId())).hasMessageContaining("refused");
		Job retry = job("Task_PerformDecisionOnPlatform", instance);
		assertThat(retry.getRetries()).as("R3/PT2M leaves two tries").isEqualTo(2);
		assertThat(retry.getDuedate()).isEqualTo(Date.from(RESPONSE_SENT.plus(Duration.ofMinutes(2))));

		ClockUtil.setCurrentTime(retry.getDuedate());
		execute(retry);
		assertThat(forum.performed).containsExactly("agree_and_hide");
		assertThat(instance).isEnded()
			.hasPassed("Task_Triage", "Gateway_DecisionOnPlatform", "Task_PerformDecisionOnPlatform",
					"Gateway_TriageOutcome", "EndEvent_ClosedNoAction");
	}

	/**
	 * Stands in for the forum's delegate bean: refuses a number of times, then performs.
	 */
	public static class ForumDecisions implements JavaDelegate {

		final List<String> performed = new ArrayList<>();

		int refusals;

		@Override
		public void execute(DelegateExecution execution) {
			if (refusals-- > 0) {
				throw new IllegalStateException("The forum refused");
			}
			performed.add((String) execution.getVariable("platformAction"));
		}

		public String getRetryCycle() {
			return "R3/PT2M";
		}

	}

	private static ProcessInstance startRequest(String requestKind, String priority) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
				withVariables("client", "northwind", "requestKind", requestKind, "priority", priority, "memberName",
						"Ada", "subject", "CSV export fails", "link", "https://community.northwind.example/t/123",
						"details", "Export stops at 50%"));
	}

	private static void triageToRespond(ProcessInstance instance, String priority) {
		complete(task(instance),
				withVariables("priority", priority, "category", "bug-report", "triageOutcome", "respond"));
	}

}
