package org.communityops.notification.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.notification.EscalationUnacknowledged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the notifications when an escalation goes up to the agency leads: the engine
 * creates {@code Task_LeadAcknowledgeEscalation} once {@code Timer_AcknowledgeOverdue}
 * fired, and publishes the task event inside its command, so the notice is written in the
 * engine's transaction.
 */
@Component
class EscalationTasks {

	static final String LEAD_ACKNOWLEDGES = "Task_LeadAcknowledgeEscalation";

	private final ApplicationEventPublisher events;

	EscalationTasks(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(DelegateTask task) {
		if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
				|| !LEAD_ACKNOWLEDGES.equals(task.getTaskDefinitionKey())) {
			return;
		}
		events.publishEvent(new EscalationUnacknowledged(task.getTenantId(), text(task, "slaTargetId"),
				text(task, "slaClockId"), task.getProcessInstanceId(), task.getId(),
				text(task, "sourceProcessInstanceId"), ClockUtil.getCurrentTime().toInstant()));
	}

	private static String text(DelegateTask task, String variable) {
		Object value = task.getVariable(variable);
		return value == null ? null : value.toString();
	}

}
