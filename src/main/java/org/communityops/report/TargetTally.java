package org.communityops.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.communityops.report.JudgedItem.Outcome;

/** What a report counts for one target while it reads the period's clocks. */
final class TargetTally {

	final String targetId;

	int met;

	int breached;

	int runningBreached;

	int pending;

	long agencyNanos;

	long clientNanos;

	long unassignedNanos;

	/**
	 * Business time to complete of the items completed by the as-of instant, in
	 * milliseconds.
	 */
	final Samples completion = new Samples();

	/** Per week (its Monday): items met, and items decided (met or breached). */
	final Map<LocalDate, int[]> weeks = new TreeMap<>();

	TargetTally(String targetId) {
		this.targetId = targetId;
	}

	void add(JudgedItem item, LocalDate week) {
		switch (item.outcome()) {
			case MET -> met++;
			case BREACHED -> breached++;
			case RUNNING_BREACHED -> runningBreached++;
			case PENDING -> pending++;
			case EXCLUDED -> {
				return;
			}
		}
		if (item.outcome() == Outcome.MET || item.outcome() == Outcome.BREACHED) {
			completion.add(item.workingNanos() / 1_000_000);
		}
		if (item.outcome().isDecided()) {
			int[] counts = weeks.computeIfAbsent(week, w -> new int[2]);
			counts[0] += item.outcome() == Outcome.MET ? 1 : 0;
			counts[1]++;
		}
		agencyNanos += item.agencyNanos();
		clientNanos += item.clientNanos();
		unassignedNanos += item.unassignedNanos();
	}

	int due() {
		return met + breached + runningBreached + pending;
	}

	int decided() {
		return met + breached + runningBreached;
	}

}
