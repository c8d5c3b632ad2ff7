package org.communityops.sla.calendar;

/**
 * The arithmetic on open intervals minus pauses, shared by all calendars. Times are epoch
 * nanos.
 */
final class BusinessTime {

	/**
	 * Returned by {@link #due} when an open pause stops the clock before the target is
	 * used up.
	 */
	static final long STOPPED = Long.MIN_VALUE;

	/**
	 * Returned by {@link #due} when the open intervals ran out before the target was used
	 * up.
	 */
	static final long NOT_FOUND = Long.MAX_VALUE;

	private BusinessTime() {
	}

	/**
	 * The earliest instant at which {@code within > 0} of open time outside pauses has
	 * passed since the start.
	 */
	static long due(OpenIntervals open, long within, Pauses pauses) {
		long remaining = within;
		long[] pauseFrom = pauses.from;
		long[] pauseTo = pauses.to;
		int count = pauses.count;
		int p = 0;
		while (open.next()) {
			long a = open.from;
			long b = open.to;
			while (a < b) {
				while (p < count && pauseTo[p] <= a) {
					p++;
				}
				if (p < count && pauseFrom[p] <= a) {
					if (pauseTo[p] == Pauses.OPEN) {
						return STOPPED;
					}
					a = pauseTo[p];
					continue;
				}
				long free = (p < count && pauseFrom[p] < b) ? pauseFrom[p] : b;
				if (remaining <= free - a) {
					return a + remaining;
				}
				remaining -= free - a;
				a = free;
			}
		}
		return NOT_FOUND;
	}

	/** The open time outside pauses that the cursor covers. */
	static long elapsed(OpenIntervals open, Pauses pauses) {
		long sum = 0;
		long[] pauseFrom = pauses.from;
		long[] pauseTo = pauses.to;
		int count = pauses.count;
		int p = 0;
		while (open.next()) {
			long a = open.from;
			long b = open.to;
			while (a < b) {
				while (p < count && pauseTo[p] <= a) {
					p++;
				}
				if (p < count && pauseFrom[p] <= a) {
					if (pauseTo[p] == Pauses.OPEN) {
						return sum;
					}
					a = pauseTo[p];
					continue;
				}
				long free = (p < count && pauseFrom[p] < b) ? pauseFrom[p] : b;
				sum += free - a;
				a = free;
			}
		}
		return sum;
	}

}
