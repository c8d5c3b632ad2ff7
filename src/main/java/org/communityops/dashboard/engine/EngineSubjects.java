package org.communityops.dashboard.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.communityops.dashboard.Subjects;
import org.springframework.stereotype.Component;

/**
 * Reads the instances' {@code title} (content approval) or {@code subject} (member
 * support) variable from the engine's history in one query, so ended items keep theirs;
 * the title wins where an instance has both.
 */
@Component
class EngineSubjects implements Subjects {

	static final List<String> NAMES = List.of("title", "subject");

	private final HistoryService history;

	EngineSubjects(HistoryService history) {
		this.history = history;
	}

	@Override
	public Map<String, String> byInstanceId(Collection<String> instanceIds) {
		Map<String, String> subjects = new HashMap<>();
		if (instanceIds.isEmpty()) {
			return subjects;
		}
		List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instanceIds.stream().distinct().toArray(String[]::new))
			.variableNameIn(NAMES.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list();
		for (HistoricVariableInstance variable : variables) {
			if (variable.getValue() != null && (variable.getName().equals(NAMES.get(0))
					|| !subjects.containsKey(variable.getProcessInstanceId()))) {
				subjects.put(variable.getProcessInstanceId(), variable.getValue().toString());
			}
		}
		return subjects;
	}

}
