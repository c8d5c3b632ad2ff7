package org.communityops.sla.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opening hours per day of the week: for each day a sorted list of non-overlapping
 * {@link TimeRange}s (empty when the day is closed). Immutable; build it with
 * {@link #closed()} and {@link #with}.
 */
public final class WeeklyHours {

	private static final WeeklyHours CLOSED = new WeeklyHours(new EnumMap<>(DayOfWeek.class));

	private final Map<DayOfWeek, List<TimeRange>> byDay;

	private WeeklyHours(Map<DayOfWeek, List<TimeRange>> byDay) {
		this.byDay = byDay;
	}

	/** No open hours on any day. */
	public static WeeklyHours closed() {
		return CLOSED;
	}

	/**
	 * The given hours, checked: each day's ranges must be sorted and must not overlap.
	 */
	public static WeeklyHours of(Map<DayOfWeek, List<TimeRange>> byDay) {
		WeeklyHours hours = CLOSED;
		for (Map.Entry<DayOfWeek, List<TimeRange>> day : byDay.entrySet()) {
			hours = hours.with(day.getKey(), day.getValue());
		}
		return hours;
	}

	/**
	 * A copy whose days {@code from..to} (inclusive, wrapping past Sunday) have the given
	 * ranges, e.g. "09:00-12:00, 13:00-17:00".
	 */
	public WeeklyHours with(DayOfWeek from, DayOfWeek to, String ranges) {
		List<TimeRange> parsed = ranges.isBlank() ? List.of()
				: Arrays.stream(ranges.split(",")).map(TimeRange::parse).toList();
		WeeklyHours hours = this;
		for (DayOfWeek day = from;; day = day.plus(1)) {
			hours = hours.with(day, parsed);
			if (day == to) {
				return hours;
			}
		}
	}

	/** A copy whose {@code day} has the given ranges, e.g. "10:00-14:00". */
	public WeeklyHours with(DayOfWeek day, String ranges) {
		return with(day, day, ranges);
	}

	/** A copy whose {@code day} has the given ranges. */
	public WeeklyHours with(DayOfWeek day, List<TimeRange> ranges) {
		List<TimeRange> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing(TimeRange::start));
		if (!sorted.equals(ranges)) {
			throw new IllegalArgumentException("Time ranges of " + day + " must be sorted: " + ranges);
		}
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).startNanoOfDay() < sorted.get(i - 1).endNanoOfDay()) {
				throw new IllegalArgumentException("Time ranges of " + day + " overlap: " + ranges);
			}
		}
		Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
		copy.putAll(byDay);
		copy.put(day, List.copyOf(sorted));
		return new WeeklyHours(copy);
	}

	/** The ranges of {@code day}, empty when the day is closed. */
	public List<TimeRange> on(DayOfWeek day) {
		return byDay.getOrDefault(day, List.of());
	}

	/** Whether some day has open hours. */
	public boolean isEverOpen() {
		return byDay.values().stream().anyMatch(ranges -> !ranges.isEmpty());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WeeklyHours hours && normalized().equals(hours.normalized());
	}

	@Override
	public int hashCode() {
		return normalized().hashCode();
	}

	@Override
	public String toString() {
		return normalized().toString();
	}

	private Map<DayOfWeek, List<TimeRange>> normalized() {
		Map<DayOfWeek, List<TimeRange>> open = new EnumMap<>(DayOfWeek.class);
		byDay.forEach((day, ranges) -> {
			if (!ranges.isEmpty()) {
				open.put(day, ranges);
			}
		});
		return open;
	}

}
