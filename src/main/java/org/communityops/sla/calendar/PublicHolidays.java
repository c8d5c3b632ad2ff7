package org.communityops.sla.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of a country, optionally narrowed to a subdivision (e.g.
 * {@code of("DE", "be")} for Berlin), from the Jollyday holiday library. A holiday moved
 * to a weekday ("observed", e.g. UK Christmas on a Saturday) is closed on the day it is
 * observed. Each year is looked up once and cached.
 */
public final class PublicHolidays implements ClosedDates {

	private final String country;

	private final String[] subdivision;

	private final HolidayManager manager;

	private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	private PublicHolidays(String country, String[] subdivision, HolidayManager manager) {
		this.country = country;
		this.subdivision = subdivision;
		this.manager = manager;
	}

	/**
	 * The public holidays of {@code country} (ISO 3166 code such as "DE") and,
	 * optionally, of a subdivision below it, named by Jollyday's codes (such as "be" for
	 * Berlin; nested levels as further arguments).
	 * @throws IllegalArgumentException naming the code when the country or subdivision is
	 * unknown
	 */
	public static PublicHolidays of(String country, String... subdivision) {
		String code = country.trim().toUpperCase(Locale.ROOT);
		if (!HolidayManager.getSupportedCalendarCodes().contains(code)) {
			throw new IllegalArgumentException("Unknown holiday country code '" + country + "'");
		}
		HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
		String[] path = Arrays.stream(subdivision)
			.map(part -> part.trim().toLowerCase(Locale.ROOT))
			.toArray(String[]::new);
		CalendarHierarchy level = manager.getCalendarHierarchy();
		for (String part : path) {
			level = level.getChildren().get(part);
			if (level == null) {
				throw new IllegalArgumentException("Unknown holiday subdivision '" + part + "' of country '" + code
						+ "' (known: " + manager.getCalendarHierarchy().getChildren().keySet() + ")");
			}
		}
		return new PublicHolidays(code, path, manager);
	}

	@Override
	public Set<LocalDate> in(int year) {
		return byYear.computeIfAbsent(year, this::lookUp);
	}

	private Set<LocalDate> lookUp(int year) {
		return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision)
			.stream()
			.map(Holiday::getDate)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String toString() {
		return "PublicHolidays[" + country + (subdivision.length == 0 ? "" : "/" + String.join("/", subdivision)) + "]";
	}

}
