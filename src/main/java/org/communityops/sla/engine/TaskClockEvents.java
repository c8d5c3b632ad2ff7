package org.communityops.sla.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.sla.clock.ClockKeeper;
import org.communityops.sla.clock.JourneyKeeper;
import org.communityops.sla.clock.SlaClock;
import org.communityops.sla.clock.TaskDates;
import org.communityops.sla.clock.TimedItem;
import org.communityops.sla.policy.Priority;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every user-task event of every deployed process, including processes deployed
 * later, to the {@link ClockKeeper}. The engine publishes them synchronously inside its
 * command ({@code camunda.bpm.eventing.task}), so clocks are written in the engine's
 * transaction. A new task gets the {@link TaskDates} of its clocks, so that Tasklist's
 * own sorting and filters show SLA urgency.
 */
@Component
@ConditionalOnProperty(name = "communityops.sla.clocks.enabled", matchIfMissing = true)
class TaskClockEvents {

	private final SlaKeepers keepers;

	TaskClockEvents(SlaKeepers keepers) {
		this.keepers = keepers;
	}

	@EventListener
	void on(DelegateTask task) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		ClockKeeper keeper = keepers.clocks();
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> created(task);
			case TaskListener.EVENTNAME_ASSIGNMENT -> keeper.taskAssigned(task.getId(), task.getAssignee(), now);
			case TaskListener.EVENTNAME_COMPLETE -> keeper.taskCompleted(task.getId(), now);
			case TaskListener.EVENTNAME_DELETE ->
				keeper.taskDeleted(task.getId(), now, Objects.requireNonNullElse(task.getDeleteReason(), "deleted"));
			default -> {
			}
		}
	}

	/**
	 * The client is the tenant of the task's execution, fixed when its instance started
	 * (a called process has its caller's), not the {@code client} variable, which a
	 * called process need not have. {@code priority} is read from the execution, which
	 * has its variables at hand: asking the new task would first query the task's own
	 * (local) variables, of which it has none. Only a process that a journey of the
	 * client's policy runs through has clocks beyond the task's own, read then from the
	 * database.
	 */
	private void created(DelegateTask task) {
		if (!(task.getExecution() instanceof ExecutionEntity execution) || execution.getTenantId() == null) {
			return;
		}
		String client = execution.getTenantId();
		String processKey = execution.getProcessDefinition().getKey();
		List<SlaClock> opened = keepers.clocks()
			.taskCreated(new TimedItem(client, processKey, task.getProcessInstanceId(), task.getId(),
					task.getTaskDefinitionKey(), Priority.fromVariable(execution.getVariable("priority")),
					task.getAssignee(), task.getCreateTime().toInstant()));
		JourneyKeeper journeys = keepers.journeys();
		Optional<TaskDates> dates = journeys.times(client, processKey)
				? journeys.dueOfTask(task.getProcessInstanceId(), task.getId()) : TaskDates.of(task.getId(), opened);
		dates.ifPresent(due -> TaskDueDates.show(task, due));
	}

}
