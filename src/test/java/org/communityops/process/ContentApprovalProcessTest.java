package org.communityops.process;

import static org.communityops.process.UserTaskAssertions.deployedFormId;
import static org.communityops.process.UserTaskAssertions.deployedStartFormId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/content-approval.bpmn", "processes/forms/start-content-approval.form",
		"processes/forms/draft-content.form", "processes/forms/review-content.form",
		"processes/forms/client-approval.form", "processes/forms/revise-content.form",
		"processes/forms/publish-content.form" })
class ContentApprovalProcessTest {

	private static final String PROCESS_KEY = "ContentApprovalProcess";

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullFlowCoverage();

	ProcessEngine processEngine;

	@BeforeEach
	void initAssertions() {
		init(processEngine);
	}

	@Test
	void approvedContentIsApprovedByTheClientAndPublished() {
		ProcessInstance instance = startContentRequest();
		assertThat(instance).isWaitingAt("Task_DraftContent").hasVariables("revisionRound");
		assertThat(instance).variables().containsEntry("revisionRound", 0L).containsEntry("priority", "high");
		assertThat(task()).hasCandidateGroup("community-managers");

		draft(instance);
		assertThat(instance).isWaitingAt("Task_ReviewContent");
		assertThat(task()).hasCandidateGroup("moderators");

		complete(task(), withVariables("reviewDecision", "approve", "reviewComment", "Good to go"));
		assertThat(instance).isWaitingAt("Task_ClientApproval");
		assertThat(task()).hasCandidateGroup("client-northwind");
		assertThat(runtimeService().getVariable(instance.getId(), "client")).isEqualTo("northwind");

		complete(task(), withVariables("clientDecision", "approve"));
		assertThat(instance).isWaitingAt("Task_PublishContent");
		assertThat(task()).hasCandidateGroup("community-managers");

		complete(task(), withVariables("publishedUrl", "https://community.northwind.example/t/spring-launch/42",
				"publishedAt", "2025-03-14T09:00:00+01:00"));
		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_ContentRequested", "Task_DraftContent", "Task_ReviewContent",
					"Gateway_ReviewDecision", "Task_ClientApproval", "Gateway_ClientApproved", "Task_PublishContent",
					"EndEvent_ContentPublished")
			.hasNotPassed("Task_ReviseContent", "EndEvent_ContentRejected");
		assertThat(instance).variables()
			.containsEntry("revisionRound", 0L)
			.containsEntry("reviewDecision", "approve")
			.containsEntry("clientDecision", "approve")
			.containsEntry("publishedUrl", "https://community.northwind.example/t/spring-launch/42");
	}

	@Test
	void moderatorRejectionEndsTheRequestWithTheReason() {
		ProcessInstance instance = startContentRequest();
		draft(instance);

		complete(task(), withVariables("reviewDecision", "reject", "rejectReason",
				"Announces a feature the client has not released yet"));

		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_ReviewContent", "Gateway_ReviewDecision", "EndEvent_ContentRejected")
			.hasNotPassed("Task_ClientApproval", "Task_ReviseContent", "Task_PublishContent");
		assertThat(instance).variables()
			.containsEntry("reviewDecision", "reject")
			.containsEntry("rejectReason", "Announces a feature the client has not released yet");
	}

	@Test
	void moderatorChangeRequestSendsTheDraftToRevisionAndCountsTheRound() {
		ProcessInstance instance = startContentRequest();
		draft(instance);

		complete(task(), withVariables("reviewDecision", "request-changes", "reviewComment", "Shorten the intro"));

		assertThat(instance).isWaitingAt("Task_ReviseContent");
		assertThat(task()).hasCandidateGroup("community-managers");
		assertThat(instance).variables()
			.containsEntry("revisionRound", 1L)
			.containsEntry("changesRequestedBy", "moderator")
			.containsEntry("reviewComment", "Shorten the intro");

		complete(task(), withVariables("body", "Shorter intro. Spring launch is here!"));
		assertThat(instance).isWaitingAt("Task_ReviewContent");
		assertThat(task()).hasCandidateGroup("moderators");
		assertThat(instance).variables().containsEntry("revisionRound", 1L);
	}

	@Test
	void clientChangeRequestLoopsBackToRevisionAndCountsTheRound() {
		ProcessInstance instance = startContentRequest();
		draft(instance);

		// Round 1: the moderator asks for changes
		complete(task(), withVariables("reviewDecision", "request-changes", "reviewComment", "Add the event date"));
		complete(task(), withVariables("body", "Spring launch on 14 March!"));

		// the moderator approves, the client asks for changes: round 2
		complete(task(), withVariables("reviewDecision", "approve"));
		assertThat(instance).isWaitingAt("Task_ClientApproval");
		complete(task(), withVariables("clientDecision", "request-changes", "clientComment", "Mention the webinar"));

		assertThat(instance).isWaitingAt("Task_ReviseContent");
		assertThat(instance).variables()
			.containsEntry("revisionRound", 2L)
			.containsEntry("changesRequestedBy", "client")
			.containsEntry("clientComment", "Mention the webinar");

		complete(task(), withVariables("body", "Spring launch on 14 March, with a webinar!"));
		assertThat(instance).isWaitingAt("Task_ReviewContent");
		complete(task(), withVariables("reviewDecision", "approve"));
		complete(task(), withVariables("clientDecision", "approve"));
		assertThat(instance).isWaitingAt("Task_PublishContent");
		complete(task(), withVariables("publishedUrl", "https://community.northwind.example/t/spring-launch/42",
				"publishedAt", "2025-03-14T09:00:00+01:00"));

		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_ReviewContent", "Task_ReviseContent", "Task_ReviewContent", "Task_ClientApproval",
					"Task_ReviseContent", "Task_ReviewContent", "Task_ClientApproval", "Task_PublishContent",
					"EndEvent_ContentPublished");
		assertThat(instance).variables().containsEntry("revisionRound", 2L);
	}

	@Test
	void clientApprovalIsOfferedOnlyToThatClientsUsers() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "content-contoso-1",
				withVariables("client", "contoso", "contentType", "post", "title", "Tips and tricks", "brief",
						"Five tips", "priority", "low", "publishBy", "2025-04-01"));
		draft(instance);
		complete(task(), withVariables("reviewDecision", "approve"));

		assertThat(instance).isWaitingAt("Task_ClientApproval");
		assertThat(task()).hasCandidateGroup("client-contoso");
		assertThat(taskService().getIdentityLinksForTask(task().getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("client-contoso");
	}

	@Test
	void everyStepOffersItsCamundaForm() {
		ProcessInstance instance = startContentRequest();
		assertThat(instance).isWaitingAt("Task_DraftContent");
		assertThat(deployedStartFormId(instance.getProcessDefinitionId()))
			.isEqualTo("Form_StartContentApprovalProcess");

		assertThat(deployedFormId(task())).isEqualTo("Form_DraftContent");
		draft(instance);
		assertThat(deployedFormId(task())).isEqualTo("Form_ReviewContent");
		complete(task(), withVariables("reviewDecision", "request-changes"));
		assertThat(deployedFormId(task())).isEqualTo("Form_ReviseContent");
		complete(task());
		complete(task(), withVariables("reviewDecision", "approve"));
		assertThat(deployedFormId(task())).isEqualTo("Form_ClientApproval");
		complete(task(), withVariables("clientDecision", "approve"));
		assertThat(deployedFormId(task())).isEqualTo("Form_PublishContent");
	}

	private static ProcessInstance startContentRequest() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "content-northwind-1",
				withVariables("client", "northwind", "contentType", "announcement", "title", "Spring launch", "brief",
						"Announce the spring release to all members", "priority", "high", "publishBy", "2025-03-14"));
	}

	private static void draft(ProcessInstance instance) {
		complete(task(instance),
				withVariables("body", "Spring launch is here! Read what's new.", "channel", "Announcements"));
	}

}
