package org.communityops.sla.policy;

import java.util.List;

/**
 * A journey target: the clock runs from {@code start} to {@code stop}, both events of one
 * process, and stands still while the item waits in one of the {@code pauseWhile}
 * activities (typically on the client).
 *
 * @param process the BPMN process id
 * @param pauseWhile activity ids during which the clock is paused
 */
public record JourneyScope(String process, JourneyEvent startOn, JourneyEvent stopOn,
		List<String> pauseWhile) implements TargetScope {

	public JourneyScope {
		pauseWhile = List.copyOf(pauseWhile);
	}

}
