package org.communityops.identity.engine;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The client (tenant) an engine object belongs to, looked up past every check, for deciding who may know of it. */
@Component
public class EngineObjects {

	/** The kinds of engine object the REST API addresses by id. */
	public enum Kind {

		TASK, PROCESS_INSTANCE, EXECUTION, HISTORIC_PROCESS_INSTANCE, VARIABLE_INSTANCE, HISTORIC_VARIABLE_INSTANCE

	}

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final EngineAuthentication authentication;

	EngineObjects(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
			EngineAuthentication authentication) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.authentication = authentication;
	}

	/** The object's client; empty when there is no such object or it belongs to no client. */
	public Optional<String> clientOf(Kind kind, String id) {
		return authentication.unchecked(() -> Optional.ofNullable(switch (kind) {
			case TASK -> tenant(taskService.createTaskQuery().taskId(id).singleResult(), Task::getTenantId);
			case PROCESS_INSTANCE, EXECUTION ->
				tenant(runtimeService.createExecutionQuery().executionId(id).singleResult(), Execution::getTenantId);
			case HISTORIC_PROCESS_INSTANCE -> tenant(
					historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult(),
					HistoricProcessInstance::getTenantId);
			case VARIABLE_INSTANCE -> tenant(runtimeService.createVariableInstanceQuery().variableId(id).singleResult(),
					VariableInstance::getTenantId);
			case HISTORIC_VARIABLE_INSTANCE -> tenant(
					historyService.createHistoricVariableInstanceQuery().variableId(id).singleResult(),
					HistoricVariableInstance::getTenantId);
		}));
	}

	private static <T> String tenant(T found, Function<T, String> tenantId) {
		return found == null ? null : tenantId.apply(found);
	}

}
