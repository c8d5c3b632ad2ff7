package org.communityops.sla.engine;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A northwind member question (or another client's) triaged for a response, so that its
 * {@code Task_FirstResponse} (timed by the demo policy's first-response target) is
 * waiting, created at the engine's current time.
 */
public final class MemberRequests {

	private MemberRequests() {
	}

	public static Task waitingForFirstResponse(RuntimeService runtimeService, TaskService taskService,
			String priority) {
		return waitingForFirstResponse(runtimeService, taskService, "northwind", priority);
	}

	/**
	 * The same for another client, whose policy must time {@code Task_FirstResponse} for
	 * the clock to start.
	 */
	public static Task waitingForFirstResponse(RuntimeService runtimeService, TaskService taskService, String client,
			String priority) {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", client, "requestKind", "question", "priority", priority, "memberName", "ada",
						"subject", "Export", "details", "CSV export stops"));
		Task triage = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		taskService.complete(triage.getId(),
				Map.of("priority", priority, "category", "account", "triageOutcome", "respond", "triageNote", "ok"));
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}
