package org.communityops.sla.policy;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Opening hours within one day, as minutes of the day: {@code 09:00-17:00} is 540..1020. The end is exclusive
 * and may be 1440, written {@code 24:00}, for hours that run to midnight.
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {

	static final int MINUTES_PER_DAY = 24 * 60;

	public TimeRange {
		if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
			throw new IllegalArgumentException("Not a time range within one day: " + startMinute + ".." + endMinute);
		}
	}

	public static TimeRange of(LocalTime start, LocalTime end) {
		int endMinute = end.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : minuteOf(end);
		return new TimeRange(minuteOf(start), endMinute);
	}

	private static int minuteOf(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	public LocalTime start() {
		return LocalTime.of(startMinute / 60, startMinute % 60);
	}

	/** The end as a local time, {@link LocalTime#MIDNIGHT} (of the next day) when it {@link #endsAtMidnight()}. */
	public LocalTime end() {
		return endsAtMidnight() ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
	}

	public boolean endsAtMidnight() {
		return endMinute == MINUTES_PER_DAY;
	}

	public int startSecondOfDay() {
		return startMinute * 60;
	}

	/** The exclusive end in seconds of the day, 86400 for 24:00. */
	public int endSecondOfDay() {
		return endMinute * 60;
	}

	public Duration length() {
		return Duration.ofMinutes(endMinute - startMinute);
	}

	public boolean overlaps(TimeRange other) {
		return startMinute < other.endMinute && other.startMinute < endMinute;
	}

	@Override
	public int compareTo(TimeRange other) {
		return startMinute != other.startMinute ? Integer.compare(startMinute, other.startMinute)
				: Integer.compare(endMinute, other.endMinute);
	}

	/** As written in a policy file, e.g. {@code 09:00-17:00} or {@code 22:00-24:00}. */
	@Override
	public String toString() {
		return hhmm(startMinute) + "-" + hhmm(endMinute);
	}

	private static String hhmm(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

}
