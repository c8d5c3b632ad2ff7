package org.communityops.notification.engine;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.communityops.notification.ItemFacts;
import org.springframework.stereotype.Component;

/**
 * An item's business key and subject from the engine's history, which holds them for
 * running and ended processes alike (read in the transaction that notifies, so a process
 * started in it is seen).
 */
@Component
class EngineItemFacts implements ItemFacts {

	/** The variables that name what an item is about, first found wins. */
	private static final List<String> SUBJECTS = List.of("title", "subject");

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
		String subject = null;
		for (String name : SUBJECTS) {
			subject = history.createHistoricVariableInstanceQuery()
				.processInstanceId(processInstanceId)
				.variableName(name)
				.disableBinaryFetching()
				.list()
				.stream()
				.map(HistoricVariableInstance::getValue)
				.filter(value -> value != null)
				.map(Object::toString)
				.findFirst()
				.orElse(null);
			if (subject != null) {
				break;
			}
		}
		return new Facts(instance == null ? null : instance.getBusinessKey(), subject);
	}

}
