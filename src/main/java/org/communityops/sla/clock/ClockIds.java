package org.communityops.sla.clock;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Clock ids: time-ordered UUIDs (version 7, RFC 9562) whose first 48 bits are the clock's
 * start in milliseconds and the other 74 are random. Clocks started together then sort
 * together, so the log entries of the clocks a report reads together lie together in the
 * index of {@code sla_clock_event} by clock, rather than costing a random lookup each.
 */
public final class ClockIds {

	private static final RandomGenerator SECURE = new SecureRandom();

	private ClockIds() {
	}

	static String next(Instant startedAt) {
		return next(startedAt, SECURE);
	}

	/**
	 * The id of a clock started at {@code startedAt}, its random bits from
	 * {@code random}.
	 */
	public static String next(Instant startedAt, RandomGenerator random) {
		long millis = startedAt.toEpochMilli();
		if (millis < 0 || millis >= 1L << 48) {
			throw new IllegalArgumentException("A clock's start must lie between 1970 and 10889, not " + startedAt);
		}
		long high = millis << 16 | 0x7000L | random.nextLong() & 0x0FFFL;
		long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

}
