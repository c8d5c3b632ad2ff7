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

@Deployment(resources = { "processes/vendor-review.bpmn", "processes/forms/start-vendor-review-process.form",
		"processes/forms/collect-scorecard-inputs.form", "processes/forms/score-vendor.form",
		"processes/forms/client-sign-off.form", "processes/forms/decide-vendor.form",
		"processes/forms/agree-improvement-plan.form", "processes/forms/offboard-vendor.form" })
class VendorReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullFlowCoverage();

	@Test
	void clientSignsOffWhenTheContractRequiresItAndRenewalEndsTheReview() {
		ProcessInstance instance = startReview(true);
		assertStartForm(instance, "Form_StartVendorReviewProcess");
		assertThat(instance).isWaitingAt("Task_CollectScorecardInputs");
		assertUserTask(task(instance), "Form_CollectScorecardInputs", "moderators");

		collectScorecard(instance);
		assertThat(instance).isWaitingAt("Task_ScoreVendor");
		assertUserTask(task(instance), "Form_ScoreVendor", "account-managers");

		scoreVendor(instance, "renew");
		assertThat(instance).isWaitingAt("Task_ClientSignOff");
		assertUserTask(task(instance), "Form_ClientSignOff", "client-northwind");

		complete(task(instance), withVariables("clientSignOff", "agree"));
		assertThat(instance).isWaitingAt("Task_DecideVendor");
		assertUserTask(task(instance), "Form_DecideVendor", "account-managers");

		complete(task(instance), withVariables("vendorDecision", "renew"));
		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_ReviewDue", "Task_CollectScorecardInputs", "Task_ScoreVendor",
					"Gateway_ClientSignOffRequired", "Task_ClientSignOff", "Gateway_ClientSignOffMerge",
					"Task_DecideVendor", "Gateway_VendorDecision", "EndEvent_VendorRenewed")
			.hasNotPassed("Task_AgreeImprovementPlan", "Task_OffboardVendor");
	}

	@Test
	void reviewWithoutClientSignOffGoesStraightToTheDecisionAndAgreesAnImprovementPlan() {
		ProcessInstance instance = startReview(false);
		collectScorecard(instance);
		scoreVendor(instance, "improvement-plan");

		assertThat(instance).isWaitingAt("Task_DecideVendor")
			.hasNotPassed("Task_ClientSignOff")
			.variables()
			.containsEntry("vendorRecommendation", "improvement-plan")
			.containsEntry("overallScore", 3)
			.doesNotContainKey("clientSignOff");

		complete(task(instance), withVariables("vendorDecision", "improvement-plan"));
		assertThat(instance).isWaitingAt("Task_AgreeImprovementPlan");
		assertUserTask(task(instance), "Form_AgreeImprovementPlan", "account-managers");

		complete(task(instance), withVariables("improvementPlan", "QA pass rate >= 95 % by end of Q1",
				"followUpReviewDate", "2026-04-15", "vendorAcknowledgedPlan", true));
		assertThat(instance).isEnded()
			.hasPassedInOrder("Gateway_VendorDecision", "Task_AgreeImprovementPlan", "EndEvent_ImprovementPlanAgreed")
			.hasNotPassed("EndEvent_VendorRenewed", "Task_OffboardVendor");
	}

	@Test
	void clientDisagreementReachesTheDecisionAndTerminationRunsOffboarding() {
		ProcessInstance instance = startReview(true);
		collectScorecard(instance);
		scoreVendor(instance, "improvement-plan");
		complete(task(instance), withVariables("clientSignOff", "disagree", "clientSignOffComment",
				"Members keep complaining about slow replies; we want a new vendor."));

		assertThat(instance).isWaitingAt("Task_DecideVendor")
			.variables()
			.containsEntry("clientSignOff", "disagree")
			.containsEntry("clientSignOffComment",
					"Members keep complaining about slow replies; we want a new vendor.");

		complete(task(instance), withVariables("vendorDecision", "terminate", "decisionRationale",
				"Client no longer accepts the vendor."));
		assertThat(instance).isWaitingAt("Task_OffboardVendor");
		assertUserTask(task(instance), "Form_OffboardVendor", "account-managers");

		complete(task(instance), withVariables("terminationNoticeSent", true, "accessRevoked", true,
				"openCasesHandedOver", true, "replacementCoverageArranged", true, "clientInformed", true));
		assertThat(instance).isEnded()
			.hasPassedInOrder("Task_ClientSignOff", "Task_DecideVendor", "Task_OffboardVendor",
					"EndEvent_VendorTerminated")
			.hasNotPassed("Task_AgreeImprovementPlan", "EndEvent_VendorRenewed");
	}

	@Test
	void vendorDecisionOutsideTheFormsOptionsIsRefused() {
		ProcessInstance instance = startReview(false);
		collectScorecard(instance);
		scoreVendor(instance, "renew");

		assertThatThrownBy(() -> complete(task(instance), withVariables("vendorDecision", "pause")))
			.isInstanceOf(ProcessEngineException.class);
		assertThat(instance).isWaitingAt("Task_DecideVendor");
	}

	private static ProcessInstance startReview(boolean clientSignOffRequired) {
		return runtimeService().startProcessInstanceByKey("VendorReviewProcess",
				withVariables("client", "northwind", "vendor", "ModPros Ltd", "vendorService", "moderation",
						"reviewPeriod", "2025-Q4", "clientSignOffRequired", clientSignOffRequired));
	}

	private static void collectScorecard(ProcessInstance instance) {
		complete(task("Task_CollectScorecardInputs", instance), withVariables("qualityScore", 88, "slaAdherencePercent",
				91, "incidentCount", 2, "scorecardNotes", "Two late escalations in December."));
	}

	private static void scoreVendor(ProcessInstance instance, String recommendation) {
		complete(task("Task_ScoreVendor", instance), withVariables("overallScore", 3, "vendorRecommendation",
				recommendation, "scoreRationale", "Quality fine, SLA slipping."));
	}

}
