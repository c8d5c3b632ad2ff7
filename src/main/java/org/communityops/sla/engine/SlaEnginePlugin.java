package org.communityops.sla.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.communityops.sla.clock.ClockProperties;
import org.springframework.stereotype.Component;

/**
 * Everything the SLA hooks into the workflow engine, in one place: the handlers of the
 * deadline and sweep jobs, the engine's history less their routine job-log rows, the
 * refusal to change an instance's client, and, while the clocks are on, priority changes
 * and journeys. Task events reach the clocks apart from this, through the Camunda
 * starter's Spring events ({@link TaskClockEvents}). Built before the engine, so what it
 * wires reaches the keepers through {@link SlaKeepers}. None of these parts is a bean:
 * the Camunda starter adds the one history handler bean there is to the engine itself,
 * and fails to start when there are two.
 */
@Component
class SlaEnginePlugin extends AbstractProcessEnginePlugin {

	private final SlaKeepers keepers;

	private final ClockProperties properties;

	SlaEnginePlugin(SlaKeepers keepers, ClockProperties properties) {
		this.keepers = keepers;
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<JobHandler> jobHandlers = EngineLists.of(configuration.getCustomJobHandlers(),
				configuration::setCustomJobHandlers);
		jobHandlers.add(new DeadlineJobHandler(keepers));
		jobHandlers.add(new DeadlineSweepJobHandler(keepers, properties));

		configuration.setEnableDefaultDbHistoryEventHandler(false);
		List<HistoryEventHandler> history = EngineLists.of(configuration.getCustomHistoryEventHandlers(),
				configuration::setCustomHistoryEventHandlers);
		history.add(0, new DeadlineJobLogFilter());
		history.add(new ClientVariableWrites());

		if (properties.enabled()) {
			TaskDueDates taskDueDates = new TaskDueDates(keepers);
			history.add(new PriorityChanges(keepers, taskDueDates));
			EngineLists
				.of(configuration.getCustomPostBPMNParseListeners(), configuration::setCustomPostBPMNParseListeners)
				.add(new JourneyClockEvents(keepers, taskDueDates));
		}
	}

}
