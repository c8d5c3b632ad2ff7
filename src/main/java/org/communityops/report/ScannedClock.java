package org.communityops.report;

import java.time.Instant;
import java.util.List;

/**
 * A clock as a report reads it: its row and the entries of its log that say who held it and when it was paused
 * ({@code STARTED}, {@code REASSIGNED}, {@code PAUSED}, {@code RESUMED}), oldest first.
 */
record ScannedClock(String id, String targetId, int policyVersion, String processInstanceId, String taskId,
		String taskDefinitionKey, long withinMillis, String state, Instant startedAt, Instant dueAt,
		Instant breachedAt, Instant stoppedAt, String holder, List<Change> changes) {

	/** One entry of the log: its type, instant and the holder it names. */
	record Change(String type, Instant at, String holder) {
	}

	boolean isJourney() {
		return taskId == null;
	}

	/** The instant that places the item in a period: its due time; without one, its breach, else its stop. */
	Instant reportAt() {
		return dueAt != null ? dueAt : breachedAt != null ? breachedAt : stoppedAt;
	}

}
