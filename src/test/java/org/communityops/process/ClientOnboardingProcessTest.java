package org.communityops.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.communityops.process.UserTaskAssertions.assertStartForm;
import static org.communityops.process.UserTaskAssertions.assertUserTask;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/client-onboarding.bpmn", "processes/forms/start-client-onboarding-process.form",
		"processes/forms/kickoff-call.form", "processes/forms/draft-guidelines.form",
		"processes/forms/client-approve-guidelines.form", "processes/forms/configure-platform.form",
		"processes/forms/assign-moderators.form", "processes/forms/launch-checklist.form",
		"processes/forms/go-live.form" })
class ClientOnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullFlowCoverage();

	@Test
	void signedClientIsOnboardedThroughKickoffGuidelinesSetupAndLaunch() {
		ProcessInstance instance = startOnboarding();
		assertStartForm(instance, "Form_StartClientOnboardingProcess");
		assertThat(instance).isWaitingAt("Task_KickoffCall")
			.variables()
			.containsEntry("client", "northwind")
			.containsEntry("guidelinesRevisionRound", 0L);
		assertUserTask(task(instance), "Form_KickoffCall", "account-managers");

		holdKickoff(instance);
		assertThat(instance).isWaitingAt("Task_DraftGuidelines");
		assertUserTask(task(instance), "Form_DraftGuidelines", "community-managers", "moderators");

		draftGuidelines(instance, "Be kind. No spam.");
		assertThat(instance).isWaitingAt("Task_ClientApproveGuidelines");
		assertUserTask(task(instance), "Form_ClientApproveGuidelines", "client-northwind");

		complete(task(instance), withVariables("guidelinesDecision", "approve"));
		assertThat(instance).isWaitingAt("Task_ConfigurePlatform", "Task_AssignModerators")
			.hasPassedInOrder("StartEvent_ClientSigned", "Task_KickoffCall", "Task_DraftGuidelines",
					"Task_ClientApproveGuidelines", "Gateway_GuidelinesApproved", "Gateway_SetupFork")
			.variables()
			.containsEntry("guidelinesDecision", "approve")
			.containsEntry("guidelinesRevisionRound", 0L);
		assertUserTask(task("Task_ConfigurePlatform", instance), "Form_ConfigurePlatform", "platform-engineers");
		assertUserTask(task("Task_AssignModerators", instance), "Form_AssignModerators", "account-managers");

		configurePlatform(instance);
		assignModerators(instance);
		assertThat(instance).isWaitingAt("Task_LaunchChecklist").hasPassed("Gateway_SetupJoin");
		assertUserTask(task(instance), "Form_LaunchChecklist", "community-managers", "moderators");

		complete(task(instance), withVariables("guidelinesPublished", true, "moderationQueueTested", true,
				"moderatorsBriefed", true, "escalationContactsConfirmed", true, "welcomeContentReady", true));
		assertThat(instance).isWaitingAt("Task_GoLive");
		assertUserTask(task(instance), "Form_GoLive", "account-managers");

		complete(task(instance), withVariables("goLiveDate", "2026-03-02", "announcementUrl",
				"https://community.northwind.example/t/welcome", "clientNotifiedOfGoLive", true));
		assertThat(instance).isEnded()
			.hasPassedInOrder("Gateway_SetupJoin", "Task_LaunchChecklist", "Task_GoLive", "EndEvent_CommunityLive")
			.hasPassed("Task_ConfigurePlatform", "Task_AssignModerators");
	}

	@Test
	void clientChangeRequestLoopsBackToDraftingAndCountsTheRound() {
		ProcessInstance instance = startOnboarding();
		holdKickoff(instance);
		draftGuidelines(instance, "Draft 1");

		complete(task(instance), withVariables("guidelinesDecision", "request-changes", "guidelinesComment",
				"Mention our support hours."));
		assertThat(instance).isWaitingAt("Task_DraftGuidelines")
			.variables()
			.containsEntry("guidelinesRevisionRound", 1L)
			.containsEntry("guidelinesComment", "Mention our support hours.")
			.containsEntry("guidelinesText", "Draft 1")
			// the decision is cleared so the client's next review does not start
			// pre-filled with it
			.doesNotContainKey("guidelinesDecision");
		assertUserTask(task(instance), "Form_DraftGuidelines", "community-managers", "moderators");

		draftGuidelines(instance, "Draft 2");
		assertThat(instance).isWaitingAt("Task_ClientApproveGuidelines");
		assertUserTask(task(instance), "Form_ClientApproveGuidelines", "client-northwind");
		complete(task(instance), withVariables("guidelinesDecision", "request-changes", "guidelinesComment",
				"Add a section on self-promotion."));
		assertThat(instance).isWaitingAt("Task_DraftGuidelines")
			.variables()
			.containsEntry("guidelinesRevisionRound", 2L)
			.containsEntry("guidelinesComment", "Add a section on self-promotion.");

		draftGuidelines(instance, "Draft 3");
		complete(task(instance), withVariables("guidelinesDecision", "approve"));
		assertThat(instance).isWaitingAt("Task_ConfigurePlatform", "Task_AssignModerators")
			.variables()
			.containsEntry("guidelinesRevisionRound", 2L)
			.containsEntry("guidelinesText", "Draft 3")
			.containsEntry("guidelinesDecision", "approve");
	}

	@Test
	void launchChecklistWaitsUntilPlatformAndModeratorsAreBothReady() {
		ProcessInstance instance = startOnboarding();
		holdKickoff(instance);
		draftGuidelines(instance, "Be kind.");
		complete(task(instance), withVariables("guidelinesDecision", "approve"));

		assignModerators(instance);
		assertThat(instance).isWaitingAt("Task_ConfigurePlatform")
			.isNotWaitingAt("Task_AssignModerators", "Task_LaunchChecklist");

		configurePlatform(instance);
		assertThat(instance).isWaitingAt("Task_LaunchChecklist")
			.isNotWaitingAt("Task_ConfigurePlatform")
			.variables()
			.containsEntry("communityUrl", "https://community.northwind.example")
			.containsEntry("coverageHours", "extended");
	}

	@Test
	void guidelinesDecisionOutsideTheFormsOptionsIsRefused() {
		ProcessInstance instance = startOnboarding();
		holdKickoff(instance);
		draftGuidelines(instance, "Be kind.");

		assertThatThrownBy(() -> complete(task(instance), withVariables("guidelinesDecision", "maybe")))
			.isInstanceOf(ProcessEngineException.class);
		assertThat(instance).isWaitingAt("Task_ClientApproveGuidelines");
	}

	private static ProcessInstance startOnboarding() {
		return runtimeService().startProcessInstanceByKey("ClientOnboardingProcess",
				withVariables("client", "northwind", "clientName", "Northwind Traders", "contractId", "C-2025-0042",
						"targetLaunchDate", "2026-03-02", "platform", "discourse"));
	}

	private static void holdKickoff(ProcessInstance instance) {
		complete(task("Task_KickoffCall", instance), withVariables("kickoffNotes", "Met Jane (community owner).",
				"communityGoals", "Deflect support tickets", "confirmedLaunchDate", "2026-03-02"));
	}

	private static void draftGuidelines(ProcessInstance instance, String text) {
		complete(task("Task_DraftGuidelines", instance), withVariables("guidelinesText", text));
	}

	private static void configurePlatform(ProcessInstance instance) {
		complete(task("Task_ConfigurePlatform", instance), withVariables("communityUrl",
				"https://community.northwind.example", "ssoConfigured", true, "moderationToolingConfigured", true));
	}

	private static void assignModerators(ProcessInstance instance) {
		complete(task("Task_AssignModerators", instance), withVariables("leadModerator", "Sam Lee", "moderatorTeam",
				"Sam Lee (EN, CET)\nAna Ruiz (ES, CET)", "coverageHours", "extended"));
	}

}
