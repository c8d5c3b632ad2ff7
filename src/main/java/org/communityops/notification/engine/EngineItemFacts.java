package org.communityops.notification.engine;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.communityops.notification.ItemFacts;
import org.communityops.process.ItemSubjects;
import org.springframework.stereotype.Component;

/**
 * An item's business key and subject from the engine's history, which holds them for
 * running and ended processes alike (read in the transaction that notifies, so a process
 * started in it is seen).
 */
@Component
class EngineItemFacts implements ItemFacts {

	private final HistoryService history;

	EngineItemFacts(HistoryService history) {
		this.history = history;
	}

	@Override
	public Facts of(String processInstanceId) {
		if (processInstanceId == null) {
			return Facts.NONE;
		}
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		Map<String, Object> variables = new HashMap<>();
		for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableNameIn(ItemSubjects.VARIABLES.toArray(String[]::new))
			.disableBinaryFetching()
			.list()) {
			if (variable.getValue() != null) {
				variables.put(variable.getName(), variable.getValue());
			}
		}
		String subject = ItemSubjects.of(variables).orElse(null);
		return new Facts(instance == null ? null : instance.getBusinessKey(), subject);
	}

}
