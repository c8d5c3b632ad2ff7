package org.communityops.dashboard.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.communityops.dashboard.Subjects;
import org.communityops.process.ItemSubjects;
import org.springframework.stereotype.Component;

/**
 * Reads the instances' {@code title} (content approval) or {@code subject} (member
 * support) variable from the engine's history in one query, so ended items keep theirs;
 * the title wins where an instance has both.
 */
@Component
class EngineSubjects implements Subjects {

	private final HistoryService history;

	EngineSubjects(HistoryService history) {
		this.history = history;
	}

	@Override
	public Map<String, String> byInstanceId(Collection<String> instanceIds) {
		if (instanceIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<String, Object>> variables = new HashMap<>();
		for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instanceIds.stream().distinct().toArray(String[]::new))
			.variableNameIn(ItemSubjects.VARIABLES.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list()) {
			if (variable.getValue() != null) {
				variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		Map<String, String> subjects = new HashMap<>();
		variables
			.forEach((instance, named) -> ItemSubjects.of(named).ifPresent(subject -> subjects.put(instance, subject)));
		return subjects;
	}

}
