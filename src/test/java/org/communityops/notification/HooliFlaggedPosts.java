package org.communityops.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityops.sla.engine.EngineTime;

/**
 * Hooli's flagged posts as the notification tests make them: triage within 3 minutes,
 * warnings at 50% and 75%, started at an instant on the engine's clock and its due
 * deadline jobs run at the given moments after the start.
 */
record HooliFlaggedPosts(RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {

	/** The warnings at 1:30 and 2:15 and the breach at 3:00. */
	static final Duration[] WARNED_TWICE_AND_BREACHED = { Duration.ofSeconds(90), Duration.ofSeconds(135),
			Duration.ofMinutes(3) };

	/**
	 * @param holder who claims the triage task at the start; null to leave it unclaimed
	 * @return the process instance and its triage task
	 */
	Item start(String subject, String holder, String start, Duration... deadlinesAfter) {
		Instant at = Instant.parse(start);
		EngineTime.at(start);
		String instance = runtimeService
			.startProcessInstanceByKey("MemberSupportProcess", Map.of("client", "hooli", "requestKind", "flagged-post",
					"priority", "normal", "memberName", "ada", "subject", subject, "details", "Spam links"))
			.getId();
		String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
		if (holder != null) {
			taskService.claim(task, holder);
		}
		for (Duration after : deadlinesAfter) {
			EngineTime.at(at.plus(after).toString());
			EngineTime.runDueDeadlineJobs(managementService);
		}
		return new Item(instance, task);
	}

	/** A flagged post's process instance and triage task. */
	record Item(String instance, String task) {
	}

}
