package org.communityops.report;

import java.time.Instant;
import java.util.List;

/**
 * A clock as a report reads it: its row and the entries of its log that say who held it, when it was paused and when
 * its priority changed ({@code STARTED}, {@code REASSIGNED}, {@code PAUSED}, {@code RESUMED}, {@code RETARGETED}),
 * oldest first.
 */
record ScannedClock(String id, String targetId, int policyVersion, String processInstanceId, String taskId,
		String taskDefinitionKey, long withinMillis, String state, Instant startedAt, Instant dueAt,
		Instant breachedAt, Instant stoppedAt, String holder, List<Change> changes) {

	/** One entry of the log: its type, instant, the holder it names and its detail. */
	record Change(String type, Instant at, String holder, String detail) {
	}

	/**
	 * What the Breaches sheet says of a priority change after the breach, which the breach outlived (the clock kept
	 * the allowance and due moment it was measured against); null when there was none.
	 */
	String noteAfterBreach() {
		String note = null;
		for (Change change : changes) {
			if (change.type().equals("RETARGETED") && breachedAt != null && !change.at().isBefore(breachedAt)) {
				note = "Priority changed after the breach: " + change.detail();
			}
		}
		return note;
	}

	boolean isJourney() {
		return taskId == null;
	}

	/** The instant that places the item in a period: its due time; without one, its breach, else its stop. */
	Instant reportAt() {
		return dueAt != null ? dueAt : breachedAt != null ? breachedAt : stoppedAt;
	}

}
