package org.communityops.identity.engine;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.communityops.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * Whether the caller may see an engine object the REST API addresses by id, decided by
 * the engine itself: the object's own query, run with the caller's authorizations and
 * tenants, finds it or not. So another client's object, one of the caller's client that
 * their role may not read, and one that does not exist all look the same.
 */
@Component
public class EngineObjects {

	/** The kinds of engine object the REST API addresses by id. */
	public enum Kind {

		TASK("task"), PROCESS_INSTANCE("process instance"), EXECUTION("execution"), VARIABLE_INSTANCE("variable"),
		HISTORIC_PROCESS_INSTANCE("historic process instance"), HISTORIC_VARIABLE_INSTANCE("historic variable"),
		JOB("job"), INCIDENT("incident"), EXTERNAL_TASK("external task");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final ManagementService management;

	private final ExternalTaskService externalTasks;

	private final EngineAuthentication authentication;

	EngineObjects(TaskService tasks, RuntimeService runtime, HistoryService history, ManagementService management,
			ExternalTaskService externalTasks, EngineAuthentication authentication) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.management = management;
		this.externalTasks = externalTasks;
		this.authentication = authentication;
	}

	/** Whether the caller's own query of that kind finds the object. */
	public boolean visibleTo(Caller caller, Kind kind, String id) {
		return authentication.as(caller, () -> query(kind, id).count() == 1);
	}

	/**
	 * Whether the caller's own history finds the task ended: completed or deleted, by
	 * someone else meanwhile.
	 */
	public boolean endedTaskVisibleTo(Caller caller, String taskId) {
		return authentication.as(caller,
				() -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1);
	}

	/**
	 * The client (tenant) of a task, process instance or execution, looked up past every
	 * check; empty when there is no such object, it has no tenant or it is of another
	 * kind.
	 */
	public Optional<String> clientOf(Kind kind, String id) {
		return authentication.unchecked(() -> Optional.ofNullable(switch (kind) {
			case TASK -> tenant(tasks.createTaskQuery().taskId(id).singleResult(), Task::getTenantId);
			case PROCESS_INSTANCE, EXECUTION ->
				tenant(runtime.createExecutionQuery().executionId(id).singleResult(), Execution::getTenantId);
			default -> null;
		}));
	}

	private static <T> String tenant(T found, Function<T, String> tenantId) {
		return found == null ? null : tenantId.apply(found);
	}

	private Query<?, ?> query(Kind kind, String id) {
		return switch (kind) {
			case TASK -> tasks.createTaskQuery().taskId(id);
			case PROCESS_INSTANCE -> runtime.createProcessInstanceQuery().processInstanceId(id);
			case EXECUTION -> runtime.createExecutionQuery().executionId(id);
			case VARIABLE_INSTANCE -> runtime.createVariableInstanceQuery().variableId(id);
			case HISTORIC_PROCESS_INSTANCE -> history.createHistoricProcessInstanceQuery().processInstanceId(id);
			case HISTORIC_VARIABLE_INSTANCE -> history.createHistoricVariableInstanceQuery().variableId(id);
			case JOB -> management.createJobQuery().jobId(id);
			case INCIDENT -> runtime.createIncidentQuery().incidentId(id);
			case EXTERNAL_TASK -> externalTasks.createExternalTaskQuery().externalTaskId(id);
		};
	}

}
