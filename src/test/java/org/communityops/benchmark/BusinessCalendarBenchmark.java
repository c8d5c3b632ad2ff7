package org.communityops.benchmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.calendar.ClosedDates;
import org.communityops.sla.calendar.Pause;
import org.communityops.sla.calendar.WeeklyHours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A 16-business-hour target on Mon-Fri 09:00-17:00 in Europe/Berlin, started Friday 14:00
 * before a weekend and a holiday Monday: due Wednesday 14:00. See docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessCalendarBenchmark {

	final BusinessCalendar calendar = BusinessCalendar.weekly(ZoneId.of("Europe/Berlin"),
			WeeklyHours.closed().with(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00"),
			ClosedDates.of(Set.of(LocalDate.parse("2025-06-16"))));

	final Instant fridayAfternoon = Instant.parse("2025-06-13T12:00:00Z");

	final Instant wednesdayNoon = Instant.parse("2025-06-18T10:00:00Z");

	final Duration sixteenHours = Duration.ofHours(16);

	final List<Pause> noPauses = List.of();

	@Benchmark
	public Optional<Instant> due() {
		return calendar.due(fridayAfternoon, sixteenHours, noPauses);
	}

	@Benchmark
	public Duration elapsed() {
		return calendar.elapsed(fridayAfternoon, wednesdayNoon, noPauses);
	}

}
