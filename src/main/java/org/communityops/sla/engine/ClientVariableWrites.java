package org.communityops.sla.engine;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Refuses to change the {@code client} of a started instance. An instance's client is its
 * tenant, fixed at its start (a called process has its caller's); the clocks, reports and
 * the tenant check go by the tenant, and the variable repeats it for forms and for the
 * candidate groups {@code client-${client}} of the models. A write of the tenant's own
 * value passes (Tasklist forms submit their read-only client field again); any other
 * value of a variable {@code client}, in any scope of an instance with a tenant, is a bad
 * request, and the command that made it rolls back. The engine reports every variable
 * write to its history handlers inside the command, so this sees the REST API, the Java
 * API, forms and scripts alike. Wired in by {@link SlaEnginePlugin}.
 */
class ClientVariableWrites implements HistoryEventHandler {

	static final String VARIABLE = "client";

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricVariableUpdateEventEntity write && VARIABLE.equals(write.getVariableName())
				&& write.getTenantId() != null && isCreateOrUpdate(write)
				&& !write.getTenantId().equals(write.getTextValue())) {
			throw new BadUserRequestException("The variable '" + VARIABLE + "' names the instance's client, "
					+ write.getTenantId() + ", fixed at its start; it cannot be set to "
					+ (write.getTextValue() == null ? "another value" : "'" + write.getTextValue() + "'"));
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private static boolean isCreateOrUpdate(HistoricVariableUpdateEventEntity write) {
		return write.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
				|| write.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE);
	}

}
