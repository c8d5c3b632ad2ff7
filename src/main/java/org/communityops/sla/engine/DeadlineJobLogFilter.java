package org.communityops.sla.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history, less the routine job-log rows of the SLA jobs: the
 * creation of deadline jobs and their deletion when a clock stops in time, and the
 * creation, deletion and successful runs of the deadline sweep, which runs every minute.
 * They tell an operator nothing. Runs of deadline jobs, and failures and retries of both,
 * stay in the job log, so Cockpit still shows them. The rows that stay carry their job's
 * tenant (the clock's client, or the system tenant for the sweep), so the engine's tenant
 * check filters them as it filters the jobs.
 */
class DeadlineJobLogFilter extends DbHistoryEventHandler {

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricJobLogEvent log && isRoutine(log)) {
			return;
		}
		super.handleEvent(event);
	}

	private static boolean isRoutine(HistoricJobLogEvent log) {
		boolean createdOrDeleted = log.isCreationLog() || log.isDeletionLog();
		return switch (String.valueOf(log.getJobDefinitionType())) {
			case DeadlineJobHandler.TYPE -> createdOrDeleted;
			case DeadlineSweepJobHandler.TYPE -> createdOrDeleted || log.isSuccessLog();
			default -> false;
		};
	}

}
