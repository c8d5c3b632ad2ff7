package org.communityops.sla.policy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Day keys of {@code calendar.hours}: {@code mon} .. {@code sun}, or a forward range such
 * as {@code mon-fri}.
 */
final class DaySyntax {

	private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	private static final String EXPECTED = "expected mon, tue, wed, thu, fri, sat, sun or a range such as mon-fri";

	private DaySyntax() {
	}

	static List<DayOfWeek> days(String key) {
		String[] ends = key.split("-", -1);
		if (ends.length > 2) {
			throw new BadValue("'" + key + "' is not a day; " + EXPECTED);
		}
		DayOfWeek first = day(key, ends[0]);
		DayOfWeek last = ends.length == 2 ? day(key, ends[1]) : first;
		if (last.compareTo(first) < 0) {
			throw new BadValue("'" + key + "' runs backwards; expected a range from an earlier to a later day,"
					+ " such as mon-fri (split a range over the weekend, e.g. fri-sun and mon)");
		}
		List<DayOfWeek> days = new ArrayList<>();
		for (DayOfWeek day = first; day.compareTo(last) <= 0; day = day.plus(1)) {
			days.add(day);
			if (day == DayOfWeek.SUNDAY) {
				break;
			}
		}
		return days;
	}

	private static DayOfWeek day(String key, String name) {
		int index = DAYS.indexOf(name);
		if (index < 0) {
			String problem = "'" + key + "' is not a day";
			String lower = name.toLowerCase(Locale.ROOT);
			throw new BadValue(problem + DAYS.stream()
				.filter(day -> lower.length() > 3 && lower.startsWith(day))
				.findFirst()
				.or(() -> Suggestions.closest(lower, DAYS))
				.filter(day -> !key.contains("-"))
				.map(day -> "; did you mean '" + day + "'?")
				.orElse("; " + EXPECTED));
		}
		return DayOfWeek.of(index + 1);
	}

	/** The key of a single day, e.g. {@code mon}. */
	static String key(DayOfWeek day) {
		return DAYS.get(day.getValue() - 1);
	}

}
