package org.communityops.intake.engine;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityops.intake.PlatformDecisions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses a triage whose decision for the forum ({@code platformAction}) does not fit the
 * item: an action the item's platform does not have for its {@code platformItemType}
 * (e.g. a flag's {@code agree_and_hide} on a post held for approval), or any action on an
 * item that did not come from a platform. The engine publishes the task's completion
 * inside its command, after the form's variables are set and before anything is written,
 * so the refusal is the caller's bad request (400 on the engine APIs), the task stays
 * open and its clock keeps running.
 */
@Component
class TriageDecisions {

	static final String TRIAGE = "Task_Triage";

	private final List<PlatformDecisions> platforms;

	TriageDecisions(List<PlatformDecisions> platforms) {
		this.platforms = platforms;
	}

	@EventListener
	void on(DelegateTask task) {
		if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
				|| !TRIAGE.equals(task.getTaskDefinitionKey())) {
			return;
		}
		Object action = task.getVariable("platformAction");
		if (action == null) {
			return;
		}
		Object platform = task.getVariable("platform");
		Object type = task.getVariable("platformItemType");
		List<String> allowed = platforms.stream()
			.filter(candidate -> candidate.platform().equals(platform))
			.findFirst()
			.map(decisions -> decisions.actions(type == null ? null : type.toString()))
			.orElse(List.of());
		if (!allowed.contains(action.toString())) {
			throw new BadUserRequestException(refusal(action, platform, type, allowed));
		}
	}

	private static String refusal(Object action, Object platform, Object type, List<String> allowed) {
		if (platform == null) {
			return "platformAction '" + action + "' cannot be sent back: this item did not come from a forum;"
					+ " leave the decision for the forum empty";
		}
		String item = platform + " " + (type == null ? "item" : type);
		if (allowed.isEmpty()) {
			return "platformAction '" + action + "' cannot be sent back: no decision on a " + item
					+ " is sent back from here; leave the decision for the forum empty";
		}
		return "platformAction '" + action + "' is not a decision on a " + item + "; expected one of "
				+ String.join(", ", allowed);
	}

}
