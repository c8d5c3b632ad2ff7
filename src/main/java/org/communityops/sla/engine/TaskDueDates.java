package org.communityops.sla.engine;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.communityops.sla.clock.JourneyKeeper;
import org.communityops.sla.clock.JourneyKeeper.TaskDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sets the open tasks of a process instance to show SLA urgency in Tasklist: the due date is the earliest due time of
 * the running clocks that cover the task (its own and the instance's journeys), the follow-up date their first
 * warning. Runs inside the engine command that moved the clocks.
 */
@Component
class TaskDueDates {

	private final ObjectProvider<JourneyKeeper> clocks;

	TaskDueDates(ObjectProvider<JourneyKeeper> clocks) {
		this.clocks = clocks;
	}

	void refresh(String processInstanceId) {
		for (TaskEntity task : Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
			clocks.getObject().dueOfTask(processInstanceId, task.getId()).ifPresent(dates -> show(task, dates));
		}
	}

	static void show(DelegateTask task, TaskDates dates) {
		task.setDueDate(Date.from(dates.due()));
		task.setFollowUpDate(dates.followUp() == null ? null : Date.from(dates.followUp()));
	}

}
