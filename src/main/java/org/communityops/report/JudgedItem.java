package org.communityops.report;

import java.time.Instant;

/**
 * One clock judged as it stood at the report's as-of instant.
 *
 * @param workingNanos business time the clock ran (paused time left out), up to its stop
 * or the as-of instant
 * @param overrunNanos business time past the allowance, for a breached item; 0 otherwise
 * @param heldAtDue who held the item at its due moment (null when nobody had claimed it)
 * @param agencyNanos business time the item was held by the agency (a journey: while it
 * ran)
 * @param clientNanos business time held by a client user, or paused waiting on the client
 * @param unassignedNanos business time nobody held the item
 */
record JudgedItem(Outcome outcome, Instant reportAt, long workingNanos, long overrunNanos, String heldAtDue,
		long agencyNanos, long clientNanos, long unassignedNanos) {

	/** How an item counts in its period; see docs/reports.md. */
	enum Outcome {

		/** Stopped in time by the as-of instant. */
		MET,
		/** Stopped after its due moment, by the as-of instant. */
		BREACHED,
		/**
		 * Still open at the as-of instant, and its due moment had passed: counts as
		 * breached.
		 */
		RUNNING_BREACHED,
		/**
		 * Still open at the as-of instant, not due yet: not counted in the compliance
		 * rate.
		 */
		PENDING,
		/** Cancelled by the as-of instant: not reported. */
		EXCLUDED;

		boolean isBreach() {
			return this == BREACHED || this == RUNNING_BREACHED;
		}

		boolean isDecided() {
			return this == MET || isBreach();
		}

	}

}
