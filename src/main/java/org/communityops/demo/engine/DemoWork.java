package org.communityops.demo.engine;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Demo work for each demo client: instances of all five processes, some moved on a step
 * or two, so that every role finds tasks waiting in Tasklist on the first start.
 */
final class DemoWork {

	static final String BUSINESS_KEY_PREFIX = "demo-";

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private int started;

	DemoWork(RuntimeService runtimeService, TaskService taskService) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	/**
	 * Starts the demo instances of the demo clients that are clients here (those with a
	 * policy, whose tenant exists) and returns how many.
	 */
	int start(IdentityService identity) {
		for (DemoUsers.DemoClient client : DemoUsers.CLIENTS) {
			if (identity.createTenantQuery().tenantId(client.slug()).count() == 1) {
				startFor(client);
			}
		}
		return started;
	}

	private void startFor(DemoUsers.DemoClient client) {
		String c = client.slug();
		ProcessInstance onboarding = start("ClientOnboardingProcess", c + "-onboarding",
				Map.of("client", c, "clientName", client.name(), "contractId", c.toUpperCase() + "-2026",
						"targetLaunchDate", "2027-01-15", "platform", "discourse"));
		complete(onboarding, "Task_KickoffCall",
				Map.of("kickoffNotes", "Kickoff with the client's community lead.", "communityGoals",
						"Member retention, product feedback loop, fewer support tickets", "confirmedLaunchDate",
						"2027-01-15"));

		ProcessInstance announcement = start("ContentApprovalProcess", c + "-content-1",
				Map.of("client", c, "contentType", "announcement", "title", "Spring product launch announcement",
						"brief", "Announce the spring release and invite members to the AMA.", "priority", "high",
						"publishBy", "2026-12-15"));
		complete(announcement, "Task_DraftContent",
				Map.of("body", "Our spring release is here, and the team " + "answers your questions live on Thursday.",
						"channel", "Announcements"));
		ProcessInstance refresh = start("ContentApprovalProcess", c + "-content-2",
				Map.of("client", c, "contentType", "post", "title", "Community guidelines refresh", "brief",
						"Summarise the refreshed guidelines for members.", "priority", "normal", "publishBy",
						"2026-12-20"));
		complete(refresh, "Task_DraftContent",
				Map.of("body", "We have refreshed our guidelines: be kind, stay on topic.", "channel", "General"));
		complete(refresh, "Task_ReviewContent", Map.of("reviewDecision", "approve", "reviewComment", "Reads well."));

		ProcessInstance flagged = start("MemberSupportProcess", c + "-support-1",
				Map.of("client", c, "requestKind", "flagged-post", "priority", "urgent", "memberName", "kim_r",
						"subject", "Harassment reported in #general", "details",
						"Three members flagged the same reply."));
		claim(flagged, "Task_Triage", "mo");
		ProcessInstance question = start("MemberSupportProcess", c + "-support-2",
				Map.of("client", c, "requestKind", "question", "priority", "normal", "memberName", "jonas", "subject",
						"How do I export my data?", "details", "Asked in the help forum, no answer yet."));
		complete(question, "Task_Triage", Map.of("priority", "normal", "category", "account", "triageOutcome",
				"respond", "triageNote", "Standard export question."));

		start("EscalationProcess", c + "-escalation-1", Map.of("client", c, "severity", "high", "reason",
				"First response to an urgent flagged post breached its SLA"));
		ProcessInstance spam = start("EscalationProcess", c + "-escalation-2",
				Map.of("client", c, "severity", "medium", "reason", "Spam wave went unmoderated overnight"));
		complete(spam, "Task_AcknowledgeEscalation", Map.of("acknowledgeNote", "On it."));
		complete(spam, "Task_ChooseAction",
				Map.of("escalationAction", "remediate", "actionNote", "Moderators clean up and tighten filters."));

		start("VendorReviewProcess", c + "-vendor-review", Map.of("client", c, "vendor", "Nightwatch Moderation Ltd",
				"vendorService", "moderation", "reviewPeriod", "2026-Q4", "clientSignOffRequired", true));
	}

	private ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
		started++;
		return runtimeService.startProcessInstanceByKey(processKey, BUSINESS_KEY_PREFIX + businessKey, variables);
	}

	private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		taskService.complete(waitingTask(instance, taskKey).getId(), variables);
	}

	private void claim(ProcessInstance instance, String taskKey, String user) {
		taskService.claim(waitingTask(instance, taskKey).getId(), user);
	}

	private Task waitingTask(ProcessInstance instance, String taskKey) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new IllegalStateException(
					"Demo instance " + instance.getBusinessKey() + " is not waiting at " + taskKey);
		}
		return task;
	}

}
