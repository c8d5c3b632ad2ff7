package org.communityops.sla.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.communityops.sla.calendar.TimeRange;

/**
 * The scalar syntaxes of policy files other than durations; each throws {@link BadValue}
 * with what to report.
 */
final class ValueSyntax {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern ELEMENT_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

	private static final Pattern TIME_RANGE = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private ValueSyntax() {
	}

	static String slug(String text) {
		if (text.length() <= 40 && SLUG.matcher(text).matches()) {
			return text;
		}
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String hint = slug.isEmpty() || slug.length() > 40 ? "" : "; did you mean '" + slug + "'?";
		throw new BadValue("'" + text + "' is not a lowercase slug" + (hint.isEmpty()
				? "; expected lowercase letters, digits and single hyphens (at most 40), such as northwind" : hint));
	}

	static String elementId(String text) {
		if (!ELEMENT_ID.matcher(text).matches()) {
			throw new BadValue("'" + text + "' is not a BPMN element id; expected an id such as Task_FirstResponse");
		}
		return text;
	}

	static Percent percent(String text) {
		if (Percent.isOverHundred(text)) {
			throw new BadValue("'" + text + "' is over 100%; expected 0% to 100%");
		}
		return Percent.parse(text)
			.orElseThrow(() -> new BadValue("'" + text + "' is not a percentage; expected e.g. 95% or 12.5%"));
	}

	static LocalDate date(String text) {
		try {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(text);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new BadValue("'" + text + "' is not a date; expected YYYY-MM-DD such as 2026-01-01");
	}

	static Currency currency(String text) {
		String upper = text.toUpperCase(Locale.ROOT);
		if (isCurrency(upper)) {
			if (upper.equals(text)) {
				return Currency.getInstance(text);
			}
			throw new BadValue("'" + text + "' is not an ISO 4217 currency code; did you mean '" + upper + "'?");
		}
		throw new BadValue("'" + text
				+ "' is not an ISO 4217 currency code; expected three capital letters such as EUR, USD or INR");
	}

	private static boolean isCurrency(String code) {
		return code.matches("[A-Z]{3}") && Currency.getAvailableCurrencies()
			.stream()
			.anyMatch(currency -> currency.getCurrencyCode().equals(code));
	}

	static BigDecimal amount(String text) {
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.signum() >= 0 && text.matches("\\d+(\\.\\d+)?")) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadValue("'" + text + "' is not an amount; expected a number of zero or more such as 12000.00");
	}

	static String country(String text) {
		if (COUNTRIES.contains(text)) {
			return text;
		}
		String upper = text.toUpperCase(Locale.ROOT);
		throw new BadValue("'" + text + "' is not an ISO 3166 country code" + (COUNTRIES.contains(upper)
				? "; did you mean '" + upper + "'?" : "; expected two capital letters such as DE, US or IN"));
	}

	static String subdivision(String text) {
		if (!text.matches("[A-Za-z0-9]{1,3}")) {
			throw new BadValue("'" + text + "' is not a subdivision code; expected the ISO 3166-2 code after the"
					+ " country, such as be for DE-BE (Berlin)");
		}
		return text.toLowerCase(Locale.ROOT);
	}

	static TimeRange timeRange(String text) {
		Matcher matcher = TIME_RANGE.matcher(text);
		if (!matcher.matches()) {
			throw new BadValue("'" + text + "' is not a time range; expected HH:MM-HH:MM such as 09:00-17:00");
		}
		int start = minute(text, matcher.group(1), matcher.group(2), false);
		int end = minute(text, matcher.group(3), matcher.group(4), true);
		if (start == end) {
			throw new BadValue("'" + text + "' is empty; expected an end after the start");
		}
		if (end < start) {
			throw new BadValue("'" + text + "' ends before it starts; expected an end after the start"
					+ " (split hours across midnight, e.g. 22:00-24:00 and 00:00-06:00)");
		}
		return new TimeRange(LocalTime.of(start / 60, start % 60),
				end == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60));
	}

	private static int minute(String text, String hours, String minutes, boolean isEnd) {
		int hour = Integer.parseInt(hours);
		int minute = Integer.parseInt(minutes);
		boolean midnight = isEnd && hour == 24 && minute == 0;
		if (!midnight && (hour > 23 || minute > 59)) {
			throw new BadValue("'" + text + "' has no time " + hours + ":" + minutes
					+ "; expected times from 00:00 to 23:59, and 24:00 as an end");
		}
		return hour * 60 + minute;
	}

	/** Values listed in messages, e.g. {@code low, normal, high or urgent}. */
	static String either(String... values) {
		return Arrays.stream(values).limit(values.length - 1L).collect(Collectors.joining(", ")) + " or "
				+ values[values.length - 1];
	}

}
