package org.communityops.sla.calendar;

import java.time.Instant;

/**
 * Instants as nanoseconds since the epoch in a {@code long}: years 1678 to 2261, enough
 * for SLA clocks.
 */
final class EpochNanos {

	static final long PER_SECOND = 1_000_000_000L;

	private EpochNanos() {
	}

	static long of(Instant instant) {
		try {
			return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), PER_SECOND), instant.getNano());
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("Instant outside the supported years 1678-2261: " + instant, ex);
		}
	}

	static Instant toInstant(long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
	}

	/** {@code seconds} in nanoseconds, clamped to the {@code long} range. */
	static long ofSecondsSaturated(long seconds) {
		if (seconds >= Long.MAX_VALUE / PER_SECOND) {
			return Long.MAX_VALUE;
		}
		if (seconds <= Long.MIN_VALUE / PER_SECOND) {
			return Long.MIN_VALUE;
		}
		return seconds * PER_SECOND;
	}

	static long addSaturated(long a, long b) {
		long sum = a + b;
		return ((a ^ sum) & (b ^ sum)) < 0 ? (b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : sum;
	}

}
