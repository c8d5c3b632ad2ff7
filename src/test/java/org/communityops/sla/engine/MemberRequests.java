package org.communityops.sla.engine;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A northwind member question triaged for a response, so that its {@code Task_FirstResponse} (timed by the demo
 * policy's first-response target) is waiting, created at the engine's current time.
 */
public final class MemberRequests {

	private MemberRequests() {
	}

	public static Task waitingForFirstResponse(RuntimeService runtimeService, TaskService taskService,
			String priority) {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", "northwind", "requestKind", "question", "priority", priority, "memberName", "ada",
						"subject", "Export", "details", "CSV export stops"));
		Task triage = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		taskService.complete(triage.getId(),
				Map.of("priority", priority, "category", "account", "triageOutcome", "respond", "triageNote", "ok"));
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}
