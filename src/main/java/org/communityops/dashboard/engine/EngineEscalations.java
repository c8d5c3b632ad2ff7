package org.communityops.dashboard.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.dashboard.Escalations;
import org.springframework.stereotype.Component;

/**
 * Reads escalations from the engine's history (their state and times) and runtime (the
 * tasks they wait at), in two queries for any number of escalations. A history level that
 * keeps no process instances shows none.
 */
@Component
class EngineEscalations implements Escalations {

	private final HistoryService history;

	private final TaskService tasks;

	EngineEscalations(HistoryService history, TaskService tasks) {
		this.history = history;
		this.tasks = tasks;
	}

	@Override
	public Map<String, Escalation> byInstanceId(Collection<String> instanceIds) {
		if (instanceIds.isEmpty()) {
			return Map.of();
		}
		Map<String, List<OpenTask>> waiting = tasks.createTaskQuery()
			.processInstanceIdIn(instanceIds.toArray(String[]::new))
			.list()
			.stream()
			.sorted(Comparator.comparing(Task::getCreateTime))
			.collect(Collectors.groupingBy(Task::getProcessInstanceId,
					Collectors.mapping(task -> new OpenTask(task.getName(), task.getAssignee()), Collectors.toList())));
		return history.createHistoricProcessInstanceQuery()
			.processInstanceIds(new HashSet<>(instanceIds))
			.list()
			.stream()
			.map(instance -> new Escalation(instance.getId(), state(instance), instance.getStartTime().toInstant(),
					instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
					waiting.getOrDefault(instance.getId(), List.of())))
			.collect(Collectors.toMap(Escalation::instanceId, Function.identity()));
	}

	private static String state(HistoricProcessInstance instance) {
		return switch (instance.getState()) {
			case HistoricProcessInstance.STATE_ACTIVE -> "open";
			case HistoricProcessInstance.STATE_SUSPENDED -> "suspended";
			case HistoricProcessInstance.STATE_COMPLETED -> "resolved";
			default -> "cancelled";
		};
	}

}
