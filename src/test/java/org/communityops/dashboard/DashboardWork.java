package org.communityops.dashboard;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * Work the dashboard tests start on the real engine: member requests and content waiting
 * on the client.
 */
record DashboardWork(RuntimeService runtimeService, TaskService taskService) {

	/**
	 * A flagged post for the client, waiting for triage; returns its process instance id.
	 */
	String flaggedPost(String client, String priority) {
		return runtimeService
			.startProcessInstanceByKey("MemberSupportProcess", Map.of("client", client, "requestKind", "flagged-post",
					"priority", priority, "memberName", "ada", "subject", "Spam", "details", "Spam in the forum"))
			.getId();
	}

	/**
	 * A post drafted and reviewed, waiting for the client's approval; returns the
	 * approval task's id.
	 */
	String approvalWaitingOn(String client, String title) {
		String instance = runtimeService
			.startProcessInstanceByKey("ContentApprovalProcess",
					Map.of("client", client, "contentType", "post", "title", title, "brief", "Invite members.",
							"priority", "normal", "publishBy", "2031-01-10"))
			.getId();
		complete(instance, "Task_DraftContent", Map.of("body", "Join us!", "channel", "Events"));
		complete(instance, "Task_ReviewContent", Map.of("reviewDecision", "approve", "reviewComment", "Fine."));
		return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	private void complete(String instance, String taskKey, Map<String, Object> variables) {
		taskService.complete(taskService.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId(), variables);
	}

}
