package org.communityops.sla.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.sla.policy.Priority;

/**
 * Re-targets the clocks of a process instance when its {@code priority} variable changes.
 * The engine reports every variable update to its history handlers inside the command
 * that made it, so the change and the re-targeting commit together. Wired in by
 * {@link SlaEnginePlugin} while the clocks are on.
 */
class PriorityChanges implements HistoryEventHandler {

	private final SlaKeepers keepers;

	private final TaskDueDates taskDueDates;

	PriorityChanges(SlaKeepers keepers, TaskDueDates taskDueDates) {
		this.keepers = keepers;
		this.taskDueDates = taskDueDates;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricVariableUpdateEventEntity update
				&& update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
				&& "priority".equals(update.getVariableName()) && update.getProcessInstanceId() != null
				&& update.getTaskId() == null) {
			boolean moved = !keepers.clocks()
				.priorityChanged(update.getProcessInstanceId(), Priority.fromVariable(update.getTextValue()),
						ClockUtil.getCurrentTime().toInstant())
				.isEmpty();
			if (moved) {
				taskDueDates.refresh(update.getProcessInstanceId());
			}
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

}
