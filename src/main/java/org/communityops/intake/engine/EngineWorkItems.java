package org.communityops.intake.engine;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.intake.NewWorkItem;
import org.communityops.intake.WorkItems;
import org.springframework.stereotype.Component;

/**
 * {@link WorkItems} on the engine's services. Called from intake's own transaction, which
 * the engine joins, so an event's effect and its inbox row's "done" commit together.
 * Every query names the client's tenant: a business key is only unique within a client.
 */
@Component
class EngineWorkItems implements WorkItems {

	private final RuntimeService runtime;

	private final TaskService tasks;

	EngineWorkItems(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@Override
	public void start(NewWorkItem item) {
		if (item.message() == null) {
			runtime.startProcessInstanceByKey(item.process(), item.businessKey(), item.variables());
		}
		else {
			runtime.startProcessInstanceByMessage(item.message(), item.businessKey(), item.variables());
		}
	}

	@Override
	public boolean deliver(String client, String businessKey, String message, Map<String, Object> variables) {
		boolean waits = runtime.createExecutionQuery()
			.tenantIdIn(client)
			.processInstanceBusinessKey(businessKey)
			.messageEventSubscriptionName(message)
			.count() > 0;
		if (waits) {
			runtime.createMessageCorrelation(message)
				.tenantId(client)
				.processInstanceBusinessKey(businessKey)
				.setVariables(variables)
				.correlateAll();
		}
		return waits;
	}

	@Override
	public boolean completeTask(String client, String businessKey, String taskKey, Map<String, Object> variables) {
		List<Task> open = tasks.createTaskQuery()
			.tenantIdIn(client)
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.active()
			.list();
		open.forEach(task -> tasks.complete(task.getId(), variables));
		return !open.isEmpty();
	}

	@Override
	public Object variable(String client, String businessKey, String name) {
		ProcessInstance instance = running(client, businessKey);
		return instance == null ? null : runtime.getVariable(instance.getId(), name);
	}

	@Override
	public boolean update(String client, String businessKey, Map<String, Object> variables) {
		ProcessInstance instance = running(client, businessKey);
		if (instance != null) {
			runtime.setVariables(instance.getId(), variables);
		}
		return instance != null;
	}

	private ProcessInstance running(String client, String businessKey) {
		return runtime.createProcessInstanceQuery()
			.tenantIdIn(client)
			.processInstanceBusinessKey(businessKey)
			.active()
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

}
