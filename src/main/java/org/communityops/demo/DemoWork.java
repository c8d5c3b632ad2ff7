package org.communityops.demo;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Demo work for each demo client: instances of all five processes, some moved on a step or two, so
 * that every role finds tasks waiting in Tasklist on the first start.
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

	/** Starts the demo instances and returns how many. */
	int start() {
		for (DemoUsers.DemoClient client : DemoUsers.CLIENTS) {
			startFor(client);
		}
		return started;
	}

	private void startFor(DemoUsers.DemoClient client) {
		String c = client.slug();
		ProcessInstance onboarding = start("ClientOnboardingProcess", c + "-onboarding", Map.of("client", c,
				"clientName", client.name(), "contractId", c.toUpperCase() + "-2026", "platform", "discourse"));
		complete(onboarding, "Task_KickoffCall", Map.of("kickoffNotes", "Goals: member retention, product feedback"));

		ProcessInstance announcement = start("ContentApprovalProcess", c + "-content-1", Map.of("client", c,
				"contentType", "announcement", "title", "Spring product launch announcement", "priority", "high"));
		complete(announcement, "Task_DraftContent", Map.of("body", "Our spring release is here ..."));
		ProcessInstance content = start("ContentApprovalProcess", c + "-content-2", Map.of("client", c,
				"contentType", "post", "title", "Community guidelines refresh", "priority", "normal"));
		complete(content, "Task_DraftContent", Map.of("body", "We have refreshed our guidelines ..."));
		complete(content, "Task_ReviewContent", Map.of("reviewDecision", "approve"));

		start("MemberSupportProcess", c + "-support-1", Map.of("client", c, "requestKind", "flagged-post",
				"priority", "urgent", "subject", "Harassment reported in #general"));
		ProcessInstance question = start("MemberSupportProcess", c + "-support-2", Map.of("client", c,
				"requestKind", "question", "priority", "normal", "subject", "How do I export my data?"));
		complete(question, "Task_Triage", Map.of("triageOutcome", "respond"));

		start("EscalationProcess", c + "-escalation-1", Map.of("client", c, "severity", "high",
				"reason", "First response to an urgent flagged post breached its SLA"));
		ProcessInstance remediation = start("EscalationProcess", c + "-escalation-2", Map.of("client", c,
				"severity", "medium", "reason", "Spam wave went unmoderated overnight"));
		complete(remediation, "Task_AcknowledgeEscalation", Map.of());
		complete(remediation, "Task_ChooseAction", Map.of("escalationAction", "remediate"));

		start("VendorReviewProcess", c + "-vendor-review", Map.of("client", c, "vendor", "Nightwatch Moderation Ltd",
				"vendorService", "moderation", "clientSignOffRequired", true));
	}

	private ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
		started++;
		return runtimeService.startProcessInstanceByKey(processKey, BUSINESS_KEY_PREFIX + businessKey, variables);
	}

	private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new IllegalStateException(
					"Demo instance " + instance.getBusinessKey() + " is not waiting at " + taskKey);
		}
		taskService.complete(task.getId(), variables);
	}

}
