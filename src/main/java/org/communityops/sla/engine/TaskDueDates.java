package org.communityops.sla.engine;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.communityops.sla.clock.TaskDates;

/**
 * Copies the {@link TaskDates} of the SLA clocks onto tasks, so that Tasklist shows SLA
 * urgency: onto a new task, and onto the open tasks of a process instance whose clocks
 * moved, inside the engine command that moved them.
 */
class TaskDueDates {

	private final SlaKeepers keepers;

	TaskDueDates(SlaKeepers keepers) {
		this.keepers = keepers;
	}

	void refresh(String processInstanceId) {
		for (TaskEntity task : Context.getCommandContext()
			.getTaskManager()
			.findTasksByProcessInstanceId(processInstanceId)) {
			keepers.journeys().dueOfTask(processInstanceId, task.getId()).ifPresent(dates -> show(task, dates));
		}
	}

	static void show(DelegateTask task, TaskDates dates) {
		task.setDueDate(Date.from(dates.due()));
		task.setFollowUpDate(dates.followUp() == null ? null : Date.from(dates.followUp()));
	}

}
