package org.communityops.sla.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The days the client's calendar is closed: the public holidays of a country (and
 * subdivision), from a maintained holiday library, plus extra local dates.
 *
 * @param country ISO 3166-1 alpha-2 code in upper case, e.g. {@code DE}
 * @param subdivision the ISO 3166-2 subdivision part in lower case, e.g. {@code be} for
 * Berlin; only with a country
 * @param dates extra closed local dates in the calendar's zone
 */
public record HolidaySpec(Optional<String> country, Optional<String> subdivision, Set<LocalDate> dates) {

	public static final HolidaySpec NONE = new HolidaySpec(Optional.empty(), Optional.empty(), Set.of());

	public HolidaySpec {
		dates = Set.copyOf(dates);
		if (subdivision.isPresent() && country.isEmpty()) {
			throw new IllegalArgumentException("A subdivision needs a country");
		}
	}

}
