package org.communityops.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A deliberately naive reference for the property tests: steps minute by minute over
 * instants and counts a minute when it lies inside some business interval (computed per
 * local date straight from the spec) and outside every pause. Correct only for
 * minute-aligned inputs, and slow by design.
 */
final class NaiveBusinessClock {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final ZoneId zone;

	private final WeeklyHours hours;

	private final Set<LocalDate> holidays;

	private final List<Pause> pauses;

	private final Map<LocalDate, List<Instant[]>> intervalsByDate = new HashMap<>();

	NaiveBusinessClock(ZoneId zone, WeeklyHours hours, Set<LocalDate> holidays, List<Pause> pauses) {
		this.zone = zone;
		this.hours = hours;
		this.holidays = holidays;
		this.pauses = pauses;
	}

	/** Business minutes in {@code [start, at)}. */
	long elapsedMinutes(Instant start, Instant at) {
		long count = 0;
		for (Instant minute = start; minute.isBefore(at); minute = minute.plus(MINUTE)) {
			if (counts(minute)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The first minute boundary at which {@code within} business minutes have passed,
	 * searching a limited window.
	 */
	OptionalLong dueMinutesAfterStart(Instant start, long within, long windowMinutes) {
		long count = 0;
		for (long k = 0; k < windowMinutes; k++) {
			if (counts(start.plus(MINUTE.multipliedBy(k))) && ++count == within) {
				return OptionalLong.of(k + 1);
			}
		}
		return OptionalLong.empty();
	}

	boolean counts(Instant minute) {
		return isBusiness(minute) && !isPaused(minute);
	}

	private boolean isPaused(Instant minute) {
		for (Pause pause : pauses) {
			if (!minute.isBefore(pause.from()) && (pause.to() == null || minute.isBefore(pause.to()))) {
				return true;
			}
		}
		return false;
	}

	private boolean isBusiness(Instant minute) {
		LocalDate date = minute.atZone(zone).toLocalDate();
		for (LocalDate candidate = date.minusDays(2); !candidate.isAfter(date.plusDays(1)); candidate = candidate
			.plusDays(1)) {
			for (Instant[] interval : intervalsOf(candidate)) {
				if (!minute.isBefore(interval[0]) && minute.isBefore(interval[1])) {
					return true;
				}
			}
		}
		return false;
	}

	private List<Instant[]> intervalsOf(LocalDate date) {
		return intervalsByDate.computeIfAbsent(date, this::computeIntervals);
	}

	private List<Instant[]> computeIntervals(LocalDate date) {
		List<Instant[]> intervals = new ArrayList<>();
		if (holidays.contains(date)) {
			return intervals;
		}
		DayOfWeek day = date.getDayOfWeek();
		for (TimeRange range : hours.on(day)) {
			Instant from = ZonedDateTime.of(date, range.start(), zone).toInstant();
			Instant to = range.end().equals(LocalTime.MIDNIGHT)
					? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
					: ZonedDateTime.of(date, range.end(), zone).toInstant();
			intervals.add(new Instant[] { from, to });
		}
		return intervals;
	}

}
