package org.communityops.sla.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The local dates on which a business calendar is closed all day (holidays), asked for
 * one year at a time. Implementations must be thread-safe; the calendar caches what they
 * return per year.
 */
@FunctionalInterface
public interface ClosedDates {

	/** The closed dates that fall in {@code year}. */
	Set<LocalDate> in(int year);

	/** No closed dates. */
	static ClosedDates none() {
		return year -> Set.of();
	}

	/** Exactly the given dates. */
	static ClosedDates of(Collection<LocalDate> dates) {
		Set<LocalDate> copy = Set.copyOf(dates);
		return year -> copy.stream().filter(date -> date.getYear() == year).collect(Collectors.toSet());
	}

	/** The dates closed by this or by {@code other}. */
	default ClosedDates and(ClosedDates other) {
		return year -> {
			Set<LocalDate> both = new HashSet<>(in(year));
			both.addAll(other.in(year));
			return both;
		};
	}

}
