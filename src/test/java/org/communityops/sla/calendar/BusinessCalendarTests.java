package org.communityops.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of business-time arithmetic; docs/sla-calendar-semantics.md quotes
 * several of them.
 */
class BusinessCalendarTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final WeeklyHours OFFICE = WeeklyHours.closed().with(MONDAY, FRIDAY, "09:00-17:00");

	final BusinessCalendar office = BusinessCalendar.weekly(BERLIN, OFFICE);

	static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
	}

	@Test
	void fridayAfternoonTaskWithFourHoursIsDueMondayNoon() {
		assertThat(office.due(berlin("2025-06-13T16:00"), Duration.ofHours(4))).contains(berlin("2025-06-16T12:00"));
	}

	@Test
	void fridayAfternoonTaskWithOneHourIsDueAtFridayClosingNotMondayOpening() {
		assertThat(office.due(berlin("2025-06-13T16:00"), Duration.ofHours(1))).contains(berlin("2025-06-13T17:00"));
	}

	@Test
	void zeroTargetIsDueAtTheStartEvenOutsideBusinessHours() {
		assertThat(office.due(berlin("2025-06-14T03:17"), Duration.ZERO)).contains(berlin("2025-06-14T03:17"));
	}

	@Test
	void taskCreatedOnSaturdayStartsCountingMondayAtNine() {
		Instant saturday = berlin("2025-06-14T10:00");
		assertThat(office.due(saturday, Duration.ofHours(2))).contains(berlin("2025-06-16T11:00"));
		assertThat(office.elapsed(saturday, berlin("2025-06-16T09:00"), List.of())).isZero();
		assertThat(office.elapsed(saturday, berlin("2025-06-16T09:30"), List.of())).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void explicitHolidayIsSkipped() {
		BusinessCalendar calendar = BusinessCalendar.weekly(BERLIN, OFFICE,
				ClosedDates.of(Set.of(LocalDate.parse("2025-06-16"))));
		assertThat(calendar.due(berlin("2025-06-13T16:00"), Duration.ofHours(4))).contains(berlin("2025-06-17T12:00"));
	}

	@Test
	void publicHolidayOfBerlinIsSkipped() {
		// Whit Monday, 9 June 2025
		BusinessCalendar calendar = BusinessCalendar.weekly(BERLIN, OFFICE, PublicHolidays.of("DE", "be"));
		assertThat(calendar.due(berlin("2025-06-06T16:00"), Duration.ofHours(4))).contains(berlin("2025-06-10T12:00"));
	}

	@Test
	void sixteenHoursFromFridayAfternoonSkipTheWeekendAndAHolidayMonday() {
		// the benchmark's case (BusinessCalendarBenchmark): 3h Friday, Monday closed, 8h
		// Tuesday, 5h Wednesday
		BusinessCalendar calendar = BusinessCalendar.weekly(BERLIN, OFFICE,
				ClosedDates.of(Set.of(LocalDate.parse("2025-06-16"))));
		assertThat(calendar.due(berlin("2025-06-13T14:00"), Duration.ofHours(16))).contains(berlin("2025-06-18T14:00"));
		assertThat(calendar.elapsed(berlin("2025-06-13T14:00"), berlin("2025-06-18T12:00"), List.of()))
			.isEqualTo(Duration.ofHours(14));
	}

	@Test
	void saturdayShiftCountsAsBusinessTime() {
		BusinessCalendar calendar = BusinessCalendar.weekly(BERLIN, OFFICE.with(SATURDAY, "10:00-14:00"));
		assertThat(calendar.due(berlin("2025-06-13T16:00"), Duration.ofHours(4))).contains(berlin("2025-06-14T13:00"));
		assertThat(calendar.due(berlin("2025-06-13T16:00"), Duration.ofHours(6))).contains(berlin("2025-06-16T10:00"));
	}

	@Test
	void severalRangesPerDayLeaveTheLunchBreakOut() {
		BusinessCalendar calendar = BusinessCalendar.weekly(BERLIN,
				WeeklyHours.closed().with(MONDAY, FRIDAY, "09:00-12:00, 13:00-17:00"));
		assertThat(calendar.due(berlin("2025-06-16T11:00"), Duration.ofHours(2))).contains(berlin("2025-06-16T14:00"));
	}

	@Test
	void pauseIsSubtracted() {
		List<Pause> waitingForClient = List.of(Pause.between(berlin("2025-06-16T10:00"), berlin("2025-06-16T11:30")));
		assertThat(office.due(berlin("2025-06-16T09:00"), Duration.ofHours(4), waitingForClient))
			.contains(berlin("2025-06-16T14:30"));
		assertThat(office.elapsed(berlin("2025-06-16T09:00"), berlin("2025-06-16T12:00"), waitingForClient))
			.isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void onePauseCoveringSeveralRangesHidesThemAll() {
		BusinessCalendar calendar = BusinessCalendar.weekly(BERLIN,
				WeeklyHours.closed().with(MONDAY, FRIDAY, "09:00-12:00, 13:00-17:00"));
		List<Pause> pauses = List.of(Pause.between(berlin("2025-06-16T10:00"), berlin("2025-06-17T10:00")));
		assertThat(calendar.due(berlin("2025-06-16T09:00"), Duration.ofHours(2), pauses))
			.contains(berlin("2025-06-17T11:00"));
	}

	@Test
	void overlappingPausesAndPausesBeforeTheStartAreMerged() {
		List<Pause> pauses = List.of(Pause.between(berlin("2025-06-16T09:15"), berlin("2025-06-16T10:00")),
				Pause.between(berlin("2025-06-16T08:00"), berlin("2025-06-16T09:30")),
				Pause.between(berlin("2025-06-16T09:45"), berlin("2025-06-16T09:50")));
		assertThat(office.due(berlin("2025-06-16T08:30"), Duration.ofHours(1), pauses))
			.contains(berlin("2025-06-16T11:00"));
	}

	@Test
	void pauseOverTheWeekendCostsNothingExtra() {
		List<Pause> pauses = List.of(Pause.between(berlin("2025-06-13T17:00"), berlin("2025-06-16T09:00")));
		assertThat(office.due(berlin("2025-06-13T16:00"), Duration.ofHours(4), pauses))
			.contains(berlin("2025-06-16T12:00"));
	}

	@Test
	void openPauseLeavesTheDueInstantUndefinedAndStopsTheElapsedClock() {
		List<Pause> waiting = List.of(Pause.openSince(berlin("2025-06-16T10:00")));
		Instant start = berlin("2025-06-16T09:00");
		assertThat(office.due(start, Duration.ofHours(4), waiting)).isEmpty();
		assertThat(office.elapsed(start, berlin("2025-06-20T15:00"), waiting)).isEqualTo(Duration.ofHours(1));
		// a target used up before the pause began still has its due instant
		assertThat(office.due(start, Duration.ofMinutes(45), waiting)).contains(berlin("2025-06-16T09:45"));
	}

	@Test
	void progressReportsRemainingAndPercent() {
		SlaProgress progress = office.progress(berlin("2025-06-13T16:00"), Duration.ofHours(4), List.of(),
				berlin("2025-06-16T10:00"));
		assertThat(progress.due()).contains(berlin("2025-06-16T12:00"));
		assertThat(progress.elapsed()).isEqualTo(Duration.ofHours(2));
		assertThat(progress.remaining()).isEqualTo(Duration.ofHours(2));
		assertThat(progress.percent()).isEqualTo(50.0);
		SlaProgress overrun = office.progress(berlin("2025-06-13T16:00"), Duration.ofHours(4), List.of(),
				berlin("2025-06-16T13:00"));
		assertThat(overrun.remaining()).isEqualTo(Duration.ofHours(-1));
		assertThat(overrun.percent()).isEqualTo(125.0);
	}

	@Test
	void arithmeticIsExactToTheNanosecond() {
		Instant start = berlin("2025-06-16T16:59:59.999999999");
		assertThat(office.due(start, Duration.ofNanos(2))).contains(berlin("2025-06-17T09:00:00.000000001"));
		assertThat(office.elapsed(start, berlin("2025-06-17T09:00:00.000000001"), List.of()))
			.isEqualTo(Duration.ofNanos(2));
	}

	@Test
	void elapsedIsZeroWhenTheInstantIsNotAfterTheStart() {
		assertThat(office.elapsed(berlin("2025-06-16T12:00"), berlin("2025-06-16T10:00"), List.of())).isZero();
	}

	@Test
	void rangeEndingAt2400RunsToTheNextMidnight() {
		BusinessCalendar evenings = BusinessCalendar.weekly(BERLIN,
				WeeklyHours.closed().with(MONDAY, "20:00-24:00").with(TUESDAY, "00:00-02:00, 20:00-24:00"));
		assertThat(evenings.due(berlin("2025-06-16T23:00"), Duration.ofHours(2))).contains(berlin("2025-06-17T01:00"));
		assertThat(evenings.due(berlin("2025-06-16T23:00"), Duration.ofHours(4))).contains(berlin("2025-06-17T21:00"));
	}

	@Test
	void alwaysOpenClockCountsWallClockTimeMinusPauses() {
		BusinessCalendar always = BusinessCalendar.alwaysOpen();
		Instant start = Instant.parse("2025-06-13T14:00:00Z");
		List<Pause> pauses = List
			.of(Pause.between(Instant.parse("2025-06-13T15:00:00Z"), Instant.parse("2025-06-14T15:00:00Z")));
		assertThat(always.due(start, Duration.ofHours(4), pauses)).contains(Instant.parse("2025-06-14T18:00:00Z"));
		assertThat(always.elapsed(start, Instant.parse("2025-06-14T16:00:00Z"), pauses)).isEqualTo(Duration.ofHours(2));
		assertThat(always.due(start, Duration.ofHours(4), List.of(Pause.openSince(start)))).isEmpty();
	}

	@Test
	void calendarThatIsNeverOpenFailsInsteadOfSearchingForever() {
		BusinessCalendar never = BusinessCalendar.weekly(BERLIN, WeeklyHours.closed());
		assertThatIllegalStateException().isThrownBy(() -> never.due(berlin("2025-06-16T09:00"), Duration.ofHours(1)))
			.withMessageContaining("1830 days");
	}

	@Test
	void calendarClosedOnEveryDateFailsAfterSearchingFiveYears() {
		ClosedDates everyDay = year -> LocalDate.of(year, 1, 1)
			.datesUntil(LocalDate.of(year + 1, 1, 1))
			.collect(Collectors.toSet());
		BusinessCalendar closed = BusinessCalendar.weekly(BERLIN, OFFICE, everyDay);
		assertThatIllegalStateException().isThrownBy(() -> closed.due(berlin("2025-06-16T09:00"), Duration.ofHours(1)))
			.withMessageContaining("No due instant within 1830 days");
		// and an open pause wins over the search limit: the clock is stopped anyway
		assertThat(closed.due(berlin("2025-06-16T09:00"), Duration.ofHours(1),
				List.of(Pause.openSince(berlin("2025-07-01T00:00")))))
			.isEmpty();
	}

}
