package org.communityops.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the SLA clock runs, and the arithmetic on it: {@link #due} and {@link #elapsed}
 * count business time, the calendar's open intervals minus pauses, exactly to the
 * nanosecond. Immutable and thread-safe; the holiday and time-zone lookups it caches are
 * computed once. See {@code docs/sla-calendar-semantics.md}.
 */
public final class BusinessCalendar {

	/**
	 * How far past the start {@link #due} searches: five years (1830 days). A target that
	 * the calendar's open hours cannot meet within it has no due instant, and {@code due}
	 * throws rather than searching forever.
	 */
	public static final Duration SEARCH_HORIZON = Duration.ofDays(5 * 366);

	/**
	 * The earliest instant the arithmetic takes (it counts nanoseconds since the epoch in
	 * a {@code long}).
	 */
	public static final Instant EARLIEST = Instant.parse("1678-01-01T00:00:00Z");

	/** The latest instant the arithmetic takes. */
	public static final Instant LATEST = Instant.parse("2261-12-31T23:59:59.999999999Z");

	/**
	 * The longest span {@link #elapsed} measures (the {@code long} of nanoseconds): about
	 * 292 years.
	 */
	public static final Duration LONGEST_SPAN = Duration.ofNanos(Long.MAX_VALUE);

	private static final BusinessCalendar ALWAYS_OPEN = new BusinessCalendar(new AlwaysOpen());

	private final OpenHours openHours;

	private BusinessCalendar(OpenHours openHours) {
		this.openHours = openHours;
	}

	/**
	 * Whether {@code instant} lies from {@link #EARLIEST} to {@link #LATEST}, the
	 * instants the arithmetic takes.
	 */
	public static boolean supports(Instant instant) {
		return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
	}

	/**
	 * The 24x7 clock: always open, so business time is wall-clock time (minus pauses).
	 */
	public static BusinessCalendar alwaysOpen() {
		return ALWAYS_OPEN;
	}

	/**
	 * Open during {@code hours} (local wall-clock time in {@code zone}) except on
	 * {@code closedDates}.
	 */
	public static BusinessCalendar weekly(ZoneId zone, WeeklyHours hours, ClosedDates closedDates) {
		return new BusinessCalendar(new WeeklyOpenHours(Objects.requireNonNull(zone, "zone"),
				Objects.requireNonNull(hours, "hours"), Objects.requireNonNull(closedDates, "closedDates")));
	}

	/**
	 * Open during {@code hours} (local wall-clock time in {@code zone}), without
	 * holidays.
	 */
	public static BusinessCalendar weekly(ZoneId zone, WeeklyHours hours) {
		return weekly(zone, hours, ClosedDates.none());
	}

	/**
	 * The earliest instant {@code t >= start} at which the business time in
	 * {@code [start, t)} outside {@code pauses} equals {@code within}; {@code start}
	 * itself for a zero target. Empty when an open pause stops the clock before that.
	 * @throws IllegalStateException when the calendar's open hours cannot meet the target
	 * within {@link #SEARCH_HORIZON} of the start (e.g. a calendar that is never open)
	 */
	public Optional<Instant> due(Instant start, Duration within, List<Pause> pauses) {
		if (within.isNegative()) {
			throw new IllegalArgumentException("SLA target must not be negative: " + within);
		}
		long from = EpochNanos.of(start);
		if (within.isZero()) {
			return Optional.of(start);
		}
		Pauses merged = Pauses.merge(pauses);
		long limit = EpochNanos.addSaturated(from, SEARCH_HORIZON.toNanos());
		long due = openHours.isEverOpen() ? BusinessTime.due(openHours.between(from, limit), nanos(within), merged)
				: BusinessTime.NOT_FOUND;
		if (due == BusinessTime.STOPPED || (due == BusinessTime.NOT_FOUND && merged.openSince() < limit)) {
			return Optional.empty();
		}
		if (due == BusinessTime.NOT_FOUND) {
			throw new IllegalStateException("No due instant within " + SEARCH_HORIZON.toDays() + " days of " + start
					+ " for a target of " + within + ": calendar " + this + " is open too little");
		}
		return Optional.of(EpochNanos.toInstant(due));
	}

	/** {@link #due(Instant, Duration, List)} without pauses. */
	public Optional<Instant> due(Instant start, Duration within) {
		return due(start, within, List.of());
	}

	/**
	 * The business time in {@code [start, at)} outside {@code pauses}; zero when
	 * {@code at} is not after start.
	 * @throws IllegalArgumentException when {@code at} is more than {@link #LONGEST_SPAN}
	 * after {@code start}
	 */
	public Duration elapsed(Instant start, Instant at, List<Pause> pauses) {
		long from = EpochNanos.of(start);
		long to = EpochNanos.of(at);
		if (to <= from) {
			return Duration.ZERO;
		}
		if (to - from < 0) {
			throw new IllegalArgumentException("Span from " + start + " to " + at + " longer than " + LONGEST_SPAN);
		}
		return Duration.ofNanos(BusinessTime.elapsed(openHours.between(from, to), Pauses.merge(pauses)));
	}

	/** Due, elapsed, remaining and percent of a target at instant {@code at}. */
	public SlaProgress progress(Instant start, Duration within, List<Pause> pauses, Instant at) {
		return SlaProgress.of(due(start, within, pauses), within, elapsed(start, at, pauses));
	}

	private static long nanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("SLA target too long: " + duration, ex);
		}
	}

	@Override
	public String toString() {
		return openHours.toString();
	}

}
