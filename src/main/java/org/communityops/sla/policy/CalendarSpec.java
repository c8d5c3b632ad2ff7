package org.communityops.sla.policy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.calendar.ClosedDates;
import org.communityops.sla.calendar.PublicHolidays;
import org.communityops.sla.calendar.TimeRange;
import org.communityops.sla.calendar.WeeklyHours;

/**
 * The client's business calendar: opening hours per weekday in a time zone, and holidays.
 * Days without hours are closed. How business time is counted on it is described in
 * docs/sla-calendar-semantics.md.
 *
 * @param hours sorted, non-overlapping ranges per day; days that are closed are absent
 */
public record CalendarSpec(ZoneId zone, Map<DayOfWeek, List<TimeRange>> hours, HolidaySpec holidays) {

	public CalendarSpec {
		EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
		hours.forEach((day, ranges) -> {
			if (!ranges.isEmpty()) {
				copy.put(day, ranges.stream().sorted().toList());
			}
		});
		hours = Collections.unmodifiableMap(copy);
	}

	/**
	 * The business calendar these hours and holidays describe, for the arithmetic of
	 * business time. Public holidays are looked up (and cached per year) by the calendar
	 * it returns, so keep it rather than building it per use.
	 */
	public BusinessCalendar toBusinessCalendar() {
		ClosedDates closed = ClosedDates.of(holidays.dates());
		if (holidays.country().isPresent()) {
			closed = closed.and(PublicHolidays.of(holidays.country().get(),
					holidays.subdivision().stream().toArray(String[]::new)));
		}
		return BusinessCalendar.weekly(zone, WeeklyHours.of(hours), closed);
	}

	/** The opening hours of a weekday, earliest first; empty when the day is closed. */
	public List<TimeRange> hoursOn(DayOfWeek day) {
		return hours.getOrDefault(day, List.of());
	}

}
