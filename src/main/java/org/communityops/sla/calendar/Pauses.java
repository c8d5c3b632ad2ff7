package org.communityops.sla.calendar;

import java.util.List;

/**
 * Pauses merged into sorted, disjoint spans of epoch nanos; an open pause ends at
 * {@link #OPEN}.
 */
final class Pauses {

	static final long OPEN = Long.MAX_VALUE;

	private static final Pauses NONE = new Pauses(new long[0], new long[0], 0);

	final long[] from;

	final long[] to;

	final int count;

	private Pauses(long[] from, long[] to, int count) {
		this.from = from;
		this.to = to;
		this.count = count;
	}

	static Pauses merge(List<Pause> pauses) {
		if (pauses.isEmpty()) {
			return NONE;
		}
		int n = pauses.size();
		long[] from = new long[n];
		long[] to = new long[n];
		for (int i = 0; i < n; i++) {
			Pause pause = pauses.get(i);
			long f = EpochNanos.of(pause.from());
			long t = pause.isOpen() ? OPEN : EpochNanos.of(pause.to());
			int j = i;
			for (; j > 0 && from[j - 1] > f; j--) {
				from[j] = from[j - 1];
				to[j] = to[j - 1];
			}
			from[j] = f;
			to[j] = t;
		}
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (from[i] == to[i]) {
				continue;
			}
			if (count > 0 && from[i] <= to[count - 1]) {
				to[count - 1] = Math.max(to[count - 1], to[i]);
			}
			else {
				from[count] = from[i];
				to[count] = to[i];
				count++;
			}
		}
		return new Pauses(from, to, count);
	}

	/** When the clock stopped for good, or {@link #OPEN} when no pause is open. */
	long openSince() {
		return count > 0 && to[count - 1] == OPEN ? from[count - 1] : OPEN;
	}

}
