package org.communityops.sla.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history, less the routine job-log rows of SLA deadline jobs: their creation and their
 * deletion when a clock stops in time happen for nearly every task and tell an operator nothing. Runs, failures
 * and retries of deadline jobs stay in the job log, so Cockpit still shows them.
 */
class DeadlineJobLogFilter extends DbHistoryEventHandler {

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricJobLogEvent log && DeadlineJobHandler.TYPE.equals(log.getJobDefinitionType())
				&& (log.isCreationLog() || log.isDeletionLog())) {
			return;
		}
		super.handleEvent(event);
	}

}
