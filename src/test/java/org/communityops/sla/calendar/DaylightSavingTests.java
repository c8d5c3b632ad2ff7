package org.communityops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Ranges straddling DST transitions: local times become instants as
 * {@code ZonedDateTime.of} makes them (a time in a gap moves forward by the gap, a time
 * in an overlap takes the earlier offset).
 */
class DaylightSavingTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static BusinessCalendar daily(ZoneId zone, String ranges) {
		return BusinessCalendar.weekly(zone, WeeklyHours.closed().with(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, ranges));
	}

	static Duration openOn(BusinessCalendar calendar, String fromUtc, String toUtc) {
		return calendar.elapsed(Instant.parse(fromUtc), Instant.parse(toUtc), List.of());
	}

	@Test
	void springForwardShortensANightRangeInNewYorkByAnHour() {
		// 2025-03-09 02:00 EST -> 03:00 EDT: 00:00 EST (05:00Z) to 04:00 EDT (08:00Z)
		BusinessCalendar night = daily(NEW_YORK, "00:00-04:00");
		assertThat(openOn(night, "2025-03-09T00:00:00Z", "2025-03-09T20:00:00Z")).isEqualTo(Duration.ofHours(3));
		assertThat(night.due(Instant.parse("2025-03-09T05:00:00Z"), Duration.ofHours(4)))
			.contains(Instant.parse("2025-03-10T05:00:00Z"));
	}

	@Test
	void springForwardMovesARangeEndInTheGapForwardInNewYork() {
		// 01:30 EST (06:30Z) to 02:30, which does not exist and becomes 03:30 EDT
		// (07:30Z)
		BusinessCalendar calendar = daily(NEW_YORK, "01:30-02:30");
		assertThat(openOn(calendar, "2025-03-09T00:00:00Z", "2025-03-09T20:00:00Z")).isEqualTo(Duration.ofHours(1));
		assertThat(calendar.due(Instant.parse("2025-03-09T00:00:00Z"), Duration.ofMinutes(30)))
			.contains(Instant.parse("2025-03-09T07:00:00Z"));
	}

	@Test
	void fallBackLengthensANightRangeInNewYorkByAnHour() {
		// 2025-11-02 02:00 EDT -> 01:00 EST: 00:00 EDT (04:00Z) to 04:00 EST (09:00Z)
		BusinessCalendar night = daily(NEW_YORK, "00:00-04:00");
		assertThat(openOn(night, "2025-11-02T00:00:00Z", "2025-11-02T20:00:00Z")).isEqualTo(Duration.ofHours(5));
	}

	@Test
	void fallBackStartsARangeInTheOverlapAtTheEarlierOffsetInNewYork() {
		// 01:30 happens twice; the earlier, EDT (05:30Z), counts; to 02:30 EST (07:30Z)
		BusinessCalendar calendar = daily(NEW_YORK, "01:30-02:30");
		assertThat(openOn(calendar, "2025-11-02T00:00:00Z", "2025-11-02T20:00:00Z")).isEqualTo(Duration.ofHours(2));
		assertThat(calendar.due(Instant.parse("2025-11-02T00:00:00Z"), Duration.ofMinutes(90)))
			.contains(Instant.parse("2025-11-02T07:00:00Z"));
	}

	@Test
	void springForwardInLondonEmptiesARangeWhoseEndsMapToTheSameInstant() {
		// 2025-03-30 01:00 GMT -> 02:00 BST: 01:30 becomes 02:30 BST, the same instant as
		// 02:30 BST itself
		BusinessCalendar calendar = daily(LONDON, "01:30-02:30");
		assertThat(openOn(calendar, "2025-03-30T00:00:00Z", "2025-03-30T20:00:00Z")).isZero();
		assertThat(calendar.due(Instant.parse("2025-03-30T00:00:00Z"), Duration.ofMinutes(30)))
			.contains(Instant.parse("2025-03-31T01:00:00Z"));
		assertThat(openOn(daily(LONDON, "00:00-04:00"), "2025-03-30T00:00:00Z", "2025-03-30T20:00:00Z"))
			.isEqualTo(Duration.ofHours(3));
	}

	@Test
	void fallBackInLondonCountsTheRepeatedHourOnce() {
		// 2025-10-26 02:00 BST -> 01:00 GMT: 01:30 BST (00:30Z) to 02:30 GMT (02:30Z)
		BusinessCalendar calendar = daily(LONDON, "01:30-02:30");
		assertThat(openOn(calendar, "2025-10-26T00:00:00Z", "2025-10-26T20:00:00Z")).isEqualTo(Duration.ofHours(2));
		assertThat(openOn(daily(LONDON, "00:00-04:00"), "2025-10-25T23:00:00Z", "2025-10-26T20:00:00Z"))
			.isEqualTo(Duration.ofHours(5));
	}

	@Test
	void rangesThatOverlapOnlyBecauseOfTheGapAreCountedOnce() {
		// 00:00-02:30 ends at 03:30 EDT, after 03:00-04:00 starts: together 00:00 EST
		// (05:00Z) to 04:00 EDT (08:00Z)
		BusinessCalendar calendar = daily(NEW_YORK, "00:00-02:30, 03:00-04:00");
		assertThat(openOn(calendar, "2025-03-09T00:00:00Z", "2025-03-09T20:00:00Z")).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void officeHoursWeekAcrossTheSpringTransitionKeepsEightHourDays() {
		BusinessCalendar office = BusinessCalendar.weekly(NEW_YORK,
				WeeklyHours.closed().with(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00"));
		// Friday 2025-03-07 16:00 EST (21:00Z) + 4h -> Monday 2025-03-10 12:00 EDT
		// (16:00Z)
		assertThat(office.due(Instant.parse("2025-03-07T21:00:00Z"), Duration.ofHours(4)))
			.contains(Instant.parse("2025-03-10T16:00:00Z"));
	}

}
