package org.communityops.sla.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communityops.sla.calendar.BusinessCalendar;

/**
 * Durations in policy files: {@code 30m}, {@code 4h}, {@code 1h30m}, {@code 45s},
 * {@code 2d} or ISO-8601 such as {@code PT4H} or {@code P1D}. Days are flagged, since
 * only a 24x7 clock may count them.
 */
final class DurationSyntax {

	static final String EXPECTED = "expected e.g. 4h, 30m, 1h30m or ISO-8601 PT4H";

	private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

	private static final Pattern ISO_DAYS = Pattern.compile("-?P-?\\d+D.*");

	/** A positive duration, and whether it was written with days. */
	record PolicyDuration(Duration duration, boolean countsDays) {

	}

	private DurationSyntax() {
	}

	/**
	 * A target's time allowance on the given clock: days only on a 24x7 clock, and no
	 * longer than the clock can time ({@link BusinessCalendar#SEARCH_HORIZON}: no
	 * calendar reaches a due instant beyond it).
	 */
	static Duration within(String text, ClockKind clock) {
		PolicyDuration parsed = parse(text);
		if (parsed.countsDays() && clock == ClockKind.BUSINESS) {
			throw new BadValue("'" + text + "' counts days, but a business day has no fixed length;"
					+ " expected hours such as 16h, or clock: 24x7");
		}
		Duration longest = BusinessCalendar.SEARCH_HORIZON;
		if (parsed.duration().compareTo(longest) > 0) {
			throw new BadValue("'" + text + "' is longer than a clock can time; expected at most " + longest.toHours()
					+ "h (" + longest.toDays() + "d)");
		}
		return parsed.duration();
	}

	static PolicyDuration parse(String text) {
		PolicyDuration parsed = parseSigned(text);
		if (parsed.duration().isNegative()) {
			throw new BadValue("'" + text + "' is negative; expected a positive duration such as 4h");
		}
		if (parsed.duration().isZero()) {
			throw new BadValue("'" + text + "' is zero; expected a positive duration such as 4h");
		}
		return parsed;
	}

	private static PolicyDuration parseSigned(String text) {
		if (text.matches("-?\\d+(\\.\\d+)?")) {
			throw new BadValue("'" + text + "' has no unit; " + EXPECTED);
		}
		try {
			if (text.startsWith("P") || text.startsWith("-P")) {
				return new PolicyDuration(Duration.parse(text), ISO_DAYS.matcher(text).matches());
			}
			boolean negative = text.startsWith("-");
			Matcher matcher = SHORT.matcher(negative ? text.substring(1) : text);
			if (matcher.matches() && !text.isEmpty() && !text.equals("-")) {
				Duration duration = Duration.ofDays(number(matcher.group(1)))
					.plusHours(number(matcher.group(2)))
					.plusMinutes(number(matcher.group(3)))
					.plusSeconds(number(matcher.group(4)));
				return new PolicyDuration(negative ? duration.negated() : duration, matcher.group(1) != null);
			}
		}
		catch (DateTimeParseException | ArithmeticException | NumberFormatException ex) {
			// reported below
		}
		throw new BadValue("'" + text + "' is not a duration; " + EXPECTED);
	}

	private static long number(String digits) {
		return digits == null ? 0 : Long.parseLong(digits);
	}

	/**
	 * How a duration is written in messages and reports: {@code 1h30m}, {@code 2d},
	 * {@code 45s}.
	 */
	static String format(Duration duration) {
		StringBuilder text = new StringBuilder();
		append(text, duration.toDays(), "d");
		append(text, duration.toHoursPart(), "h");
		append(text, duration.toMinutesPart(), "m");
		append(text, duration.toSecondsPart(), "s");
		return text.isEmpty() ? "0s" : text.toString();
	}

	private static void append(StringBuilder text, long amount, String unit) {
		if (amount != 0) {
			text.append(amount).append(unit);
		}
	}

}
