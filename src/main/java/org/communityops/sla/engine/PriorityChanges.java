package org.communityops.sla.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.sla.clock.ClockKeeper;
import org.communityops.sla.policy.Priority;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Re-targets the clocks of a process instance when its {@code priority} variable changes. The engine reports every
 * variable update to its history handlers inside the command that made it, so the change and the re-targeting commit
 * together.
 */
@Component
@ConditionalOnProperty(name = "communityops.sla.clocks.enabled", matchIfMissing = true)
class PriorityChanges extends AbstractProcessEnginePlugin implements HistoryEventHandler {

	private final ObjectProvider<ClockKeeper> keeper;

	private final TaskDueDates taskDueDates;

	PriorityChanges(ObjectProvider<ClockKeeper> keeper, TaskDueDates taskDueDates) {
		this.keeper = keeper;
		this.taskDueDates = taskDueDates;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineLists.of(configuration.getCustomHistoryEventHandlers(), configuration::setCustomHistoryEventHandlers)
			.add(this);
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricVariableUpdateEventEntity update
				&& update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
				&& "priority".equals(update.getVariableName()) && update.getProcessInstanceId() != null
				&& update.getTaskId() == null) {
			boolean moved = !keeper.getObject().priorityChanged(update.getProcessInstanceId(),
					Priority.fromVariable(update.getTextValue()), ClockUtil.getCurrentTime().toInstant()).isEmpty();
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
