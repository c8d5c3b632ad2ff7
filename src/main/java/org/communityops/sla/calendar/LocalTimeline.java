package org.communityops.sla.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns local date-times of one zone (as nanos since the local epoch) into instants
 * exactly as {@code ZonedDateTime.of(local, zone)} does: a time in a gap moves forward by
 * the gap, a time in an overlap takes the earlier offset. Either way that is the offset
 * before the transition, so between two transitions one offset serves a whole span of
 * local times; the last span used is cached, making the common case two comparisons.
 */
final class LocalTimeline {

	private final ZoneId zone;

	private final ZoneRules rules;

	private volatile Span span = new Span(0, 0, 0);

	LocalTimeline(ZoneId zone) {
		this.zone = zone;
		this.rules = zone.getRules();
	}

	/**
	 * The instant (epoch nanos) of a local date-time given as nanos since
	 * 1970-01-01T00:00 local.
	 */
	long toEpochNanos(long localNanos) {
		Span current = span;
		if (localNanos >= current.localFrom && localNanos < current.localTo) {
			return localNanos - current.offsetNanos;
		}
		return slowToEpochNanos(localNanos);
	}

	/** The local epoch day that {@code epochNanos} falls on. */
	long localEpochDay(long epochNanos) {
		ZoneOffset offset = rules.getOffset(EpochNanos.toInstant(epochNanos));
		long local = EpochNanos.addSaturated(epochNanos, offset.getTotalSeconds() * EpochNanos.PER_SECOND);
		return Math.floorDiv(local, TimeRange.NANOS_PER_DAY);
	}

	private long slowToEpochNanos(long localNanos) {
		LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(localNanos, EpochNanos.PER_SECOND),
				(int) Math.floorMod(localNanos, EpochNanos.PER_SECOND), ZoneOffset.UTC);
		Instant instant = ZonedDateTime.of(local, zone).toInstant();
		long result = EpochNanos.of(instant);
		Span found = spanAround(instant, localNanos - result);
		if (found.localFrom <= localNanos && localNanos < found.localTo) {
			span = found;
		}
		return result;
	}

	/**
	 * The local times sharing the offset in force at {@code instant}, which is in force
	 * there.
	 */
	private Span spanAround(Instant instant, long offsetNanos) {
		ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(instant.getEpochSecond() + 1));
		ZoneOffsetTransition next = rules.nextTransition(instant);
		long from = previous == null ? Long.MIN_VALUE : localEndOf(previous);
		long to = next == null ? Long.MAX_VALUE : localEndOf(next);
		if (previous != null && previous.getOffsetAfter().getTotalSeconds() * EpochNanos.PER_SECOND != offsetNanos) {
			return new Span(0, 0, 0);
		}
		return new Span(from, to, offsetNanos);
	}

	/**
	 * The first local time after a transition's gap or overlap, where only the new offset
	 * applies.
	 */
	private static long localEndOf(ZoneOffsetTransition transition) {
		int later = Math.max(transition.getOffsetBefore().getTotalSeconds(),
				transition.getOffsetAfter().getTotalSeconds());
		return EpochNanos.ofSecondsSaturated(transition.getInstant().getEpochSecond() + later);
	}

	@Override
	public String toString() {
		return zone.getId();
	}

	private record Span(long localFrom, long localTo, long offsetNanos) {
	}

}
