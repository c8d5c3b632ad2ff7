package org.communityops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The calendar arithmetic against {@link NaiveBusinessClock}, on random minute-aligned
 * calendars and pauses.
 */
class BusinessCalendarPropertyTests {

	/** How far the slow reference searches for a due instant: ten days. */
	static final long WINDOW_MINUTES = 10 * 1440;

	@Provide
	Arbitrary<CalendarScenario> scenarios() {
		return Arbitraries.randomValue(CalendarScenario::random);
	}

	@Property(tries = 500)
	void elapsedEqualsTheMinuteCountOfTheReference(@ForAll("scenarios") CalendarScenario scenario,
			@ForAll @IntRange(min = 0, max = 10 * 1440) int minutesLater) {
		Instant at = scenario.start().plus(Duration.ofMinutes(minutesLater));
		Duration elapsed = scenario.calendar().elapsed(scenario.start(), at, scenario.pauses());
		assertThat(elapsed).isEqualTo(Duration.ofMinutes(scenario.reference().elapsedMinutes(scenario.start(), at)));
	}

	@Property(tries = 400)
	void dueIsTheFirstMinuteAtWhichTheReferenceReachesTheTarget(@ForAll("scenarios") CalendarScenario scenario) {
		BusinessCalendar calendar = scenario.calendar();
		OptionalLong expected = scenario.reference()
			.dueMinutesAfterStart(scenario.start(), scenario.within().toMinutes(), WINDOW_MINUTES);
		if (!scenario.hours().isEverOpen() && scenario.pauses().stream().noneMatch(Pause::isOpen)) {
			assertThatIllegalStateException()
				.isThrownBy(() -> calendar.due(scenario.start(), scenario.within(), scenario.pauses()));
			return;
		}
		Optional<Instant> due = calendar.due(scenario.start(), scenario.within(), scenario.pauses());
		if (expected.isPresent()) {
			assertThat(due).contains(scenario.start().plus(Duration.ofMinutes(expected.getAsLong())));
		}
		else {
			Instant windowEnd = scenario.start().plus(Duration.ofMinutes(WINDOW_MINUTES));
			due.ifPresent(instant -> assertThat(instant).isAfter(windowEnd));
			boolean stoppedInWindow = scenario.pauses()
				.stream()
				.anyMatch(pause -> pause.isOpen() && pause.from().isBefore(windowEnd));
			if (stoppedInWindow) {
				assertThat(due).isEmpty();
			}
		}
	}

	@Property(tries = 1000)
	void elapsedUntilDueIsTheTarget(@ForAll("scenarios") CalendarScenario scenario,
			@ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
		BusinessCalendar calendar = scenario.calendar();
		Instant start = scenario.start().plusNanos(nanos);
		Duration within = scenario.within().plusNanos(nanos / 7);
		if (scenario.hours().isEverOpen()) {
			calendar.due(start, within, scenario.pauses())
				.ifPresent(due -> assertThat(calendar.elapsed(start, due, scenario.pauses())).isEqualTo(within));
		}
	}

	@Property(tries = 1000)
	void dueGrowsWithTheTarget(@ForAll("scenarios") CalendarScenario scenario,
			@ForAll @IntRange(min = 0, max = 600) int extraMinutes) {
		BusinessCalendar calendar = scenario.calendar();
		if (!scenario.hours().isEverOpen()) {
			return;
		}
		Optional<Instant> shorter = calendar.due(scenario.start(), scenario.within(), scenario.pauses());
		Optional<Instant> longer = calendar.due(scenario.start(), scenario.within().plusMinutes(extraMinutes),
				scenario.pauses());
		if (shorter.isEmpty()) {
			assertThat(longer).isEmpty();
		}
		else if (longer.isPresent()) {
			assertThat(longer.get()).isAfterOrEqualTo(shorter.get());
		}
	}

	@Property(tries = 200)
	void alwaysOpenClockIsWallClockTimeOutsidePauses(@ForAll("scenarios") CalendarScenario scenario,
			@ForAll @IntRange(min = 0, max = 10 * 1440) int minutesLater) {
		Instant at = scenario.start().plus(Duration.ofMinutes(minutesLater));
		NaiveBusinessClock pausesOnly = new NaiveBusinessClock(java.time.ZoneOffset.UTC,
				WeeklyHours.closed().with(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.SUNDAY, "00:00-24:00"),
				java.util.Set.of(), scenario.pauses());
		assertThat(BusinessCalendar.alwaysOpen().elapsed(scenario.start(), at, scenario.pauses()))
			.isEqualTo(Duration.ofMinutes(pausesOnly.elapsedMinutes(scenario.start(), at)));
	}

}
