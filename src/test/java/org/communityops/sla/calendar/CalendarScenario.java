package org.communityops.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** A random, minute-aligned calendar situation for the property tests. */
record CalendarScenario(ZoneId zone, WeeklyHours hours, Set<LocalDate> holidays, Instant start, Duration within,
		List<Pause> pauses) {

	static final List<String> ZONES = List.of("America/New_York", "Europe/London", "Australia/Lord_Howe",
			"Asia/Kathmandu", "Europe/Berlin", "UTC");

	/**
	 * Minute-of-day points near DST transitions and midnight, to make ranges straddle
	 * them often.
	 */
	private static final int[] INTERESTING_MINUTES = { 0, 30, 60, 90, 120, 135, 150, 180, 210, 240, 1380, 1440 };

	private static final long FIRST_MINUTE = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() / 60;

	private static final long LAST_MINUTE = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond() / 60;

	static CalendarScenario random(Random random) {
		ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
		WeeklyHours hours = WeeklyHours.closed();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours = hours.with(day, randomRanges(random));
		}
		Instant start = randomStart(random, zone);
		Set<LocalDate> holidays = new HashSet<>();
		LocalDate startDate = start.atZone(zone).toLocalDate();
		for (int i = random.nextInt(5); i > 0; i--) {
			holidays.add(startDate.plusDays(random.nextInt(14) - 2));
		}
		List<Pause> pauses = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			Instant from = start.plus(Duration.ofMinutes(random.nextInt(10 * 1440) - 2 * 1440));
			pauses.add(random.nextInt(7) == 0 ? Pause.openSince(from)
					: Pause.between(from, from.plus(Duration.ofMinutes(1 + random.nextInt(2 * 1440)))));
		}
		Duration within = Duration.ofMinutes(1 + random.nextInt(60 * 60));
		return new CalendarScenario(zone, hours, holidays, start, within, pauses);
	}

	private static List<TimeRange> randomRanges(Random random) {
		if (random.nextInt(4) == 0) {
			return List.of();
		}
		int count = 1 + random.nextInt(3);
		TreeSet<Integer> points = new TreeSet<>();
		while (points.size() < 2 * count) {
			points.add(random.nextBoolean() ? INTERESTING_MINUTES[random.nextInt(INTERESTING_MINUTES.length)]
					: random.nextInt(1441));
		}
		if (random.nextInt(6) == 0 && points.last() != 1440) {
			points.pollLast();
			points.add(1440);
		}
		List<TimeRange> ranges = new ArrayList<>();
		Integer[] sorted = points.toArray(Integer[]::new);
		for (int i = 0; i < sorted.length; i += 2) {
			ranges.add(new TimeRange(LocalTime.MIN.plusMinutes(sorted[i]),
					sorted[i + 1] == 1440 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(sorted[i + 1])));
		}
		return ranges;
	}

	private static Instant randomStart(Random random, ZoneId zone) {
		List<ZoneOffsetTransition> transitions = new ArrayList<>();
		Instant cursor = Instant.ofEpochSecond(FIRST_MINUTE * 60);
		for (ZoneOffsetTransition t; (t = zone.getRules().nextTransition(cursor)) != null
				&& t.getInstant().getEpochSecond() / 60 < LAST_MINUTE;) {
			transitions.add(t);
			cursor = t.getInstant();
		}
		if (!transitions.isEmpty() && random.nextInt(5) < 2) {
			Instant transition = transitions.get(random.nextInt(transitions.size())).getInstant();
			return transition.minus(Duration.ofMinutes(random.nextInt(3 * 1440)));
		}
		return Instant.ofEpochSecond(60 * (FIRST_MINUTE + (long) (random.nextDouble() * (LAST_MINUTE - FIRST_MINUTE))));
	}

	BusinessCalendar calendar() {
		return BusinessCalendar.weekly(zone, hours, ClosedDates.of(holidays));
	}

	NaiveBusinessClock reference() {
		return new NaiveBusinessClock(zone, hours, holidays, pauses);
	}

}
