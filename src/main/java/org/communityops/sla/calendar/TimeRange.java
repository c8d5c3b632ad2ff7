package org.communityops.sla.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A local wall-clock range {@code [start, end)} within one day. An {@code end} of
 * {@link LocalTime#MIDNIGHT} means 24:00, the next day's midnight (written
 * {@code "24:00"} by {@link #parse} and {@link #toString}).
 */
public record TimeRange(LocalTime start, LocalTime end) implements Comparable<TimeRange> {

	static final long NANOS_PER_DAY = 86_400_000_000_000L;

	public TimeRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
			throw new IllegalArgumentException("Time range must end after it starts: " + start + "-" + end);
		}
	}

	/** Parses {@code "09:00-17:00"}; {@code "24:00"} is allowed as the end. */
	public static TimeRange parse(String text) {
		String[] parts = text.trim().split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Time range must look like 09:00-17:00: " + text);
		}
		try {
			LocalTime start = LocalTime.parse(parts[0].trim());
			String end = parts[1].trim();
			return new TimeRange(start, end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Time range must look like 09:00-17:00: " + text, ex);
		}
	}

	/** Whether the range runs to 24:00, the next day's midnight. */
	public boolean endsAtMidnight() {
		return end.equals(LocalTime.MIDNIGHT);
	}

	/** The wall-clock length, as if the day had no DST change. */
	public Duration length() {
		return Duration.ofNanos(endNanoOfDay() - startNanoOfDay());
	}

	public boolean overlaps(TimeRange other) {
		return startNanoOfDay() < other.endNanoOfDay() && other.startNanoOfDay() < endNanoOfDay();
	}

	@Override
	public int compareTo(TimeRange other) {
		int byStart = Long.compare(startNanoOfDay(), other.startNanoOfDay());
		return byStart != 0 ? byStart : Long.compare(endNanoOfDay(), other.endNanoOfDay());
	}

	long startNanoOfDay() {
		return start.toNanoOfDay();
	}

	long endNanoOfDay() {
		return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
	}

	@Override
	public String toString() {
		return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
	}

}
