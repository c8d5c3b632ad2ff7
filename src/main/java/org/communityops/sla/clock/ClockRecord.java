package org.communityops.sla.clock;

import java.time.Instant;
import java.util.List;

/**
 * A clock as {@link ClockRecords} reads it for a period: its row and the entries of its
 * log that say who held it, when it was paused and when its allowance changed
 * ({@link ClockEventType#STARTED}, {@code REASSIGNED}, {@code PAUSED}, {@code RESUMED},
 * {@code RETARGETED}), oldest first (by instant, then in the order written).
 */
public record ClockRecord(String id, String targetId, int policyVersion, String processInstanceId, String taskId,
		String taskDefinitionKey, long withinMillis, ClockState state, Instant startedAt, Instant dueAt,
		Instant breachedAt, Instant stoppedAt, String holder, List<ClockEvent> log) {

	/**
	 * A journey clock times a whole process instance, not a task, and so is held by
	 * nobody.
	 */
	public boolean isJourney() {
		return taskId == null;
	}

	/**
	 * The instant that places the clock in a period: its due time; without one (paused,
	 * or stopped while paused), its breach, else its stop.
	 */
	public Instant reportAt() {
		return dueAt != null ? dueAt : breachedAt != null ? breachedAt : stoppedAt;
	}

	ClockRecord withLog(List<ClockEvent> entries) {
		return new ClockRecord(id, targetId, policyVersion, processInstanceId, taskId, taskDefinitionKey, withinMillis,
				state, startedAt, dueAt, breachedAt, stoppedAt, holder, List.copyOf(entries));
	}

}
