package org.communityops.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communityops.sla.policy.ReportingPeriod;
import org.communityops.web.BadRequestException;

/**
 * One reporting period of a contract: a month ({@code 2026-10}) or a quarter
 * ({@code 2026-Q4}), from midnight of its first day to midnight of the first day of the
 * next, in the contract's time zone.
 *
 * @param end the first day of the next period (exclusive)
 */
public record ReportPeriod(ReportingPeriod kind, String label, LocalDate start, LocalDate end, ZoneId zone) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/**
	 * Reads a period written in the contract's form; anything else is a bad request
	 * naming the field.
	 */
	public static ReportPeriod parse(String text, ReportingPeriod kind, ZoneId zone, String client) {
		String trimmed = text == null ? "" : text.trim();
		Matcher matcher = (kind == ReportingPeriod.MONTH ? MONTH : QUARTER).matcher(trimmed);
		if (!matcher.matches() || (kind == ReportingPeriod.MONTH && !validMonth(matcher.group(2)))) {
			throw new BadRequestException("period",
					"period '" + trimmed + "' is not a " + kind.key() + "; " + client + " reports "
							+ (kind == ReportingPeriod.MONTH ? "monthly: expected YYYY-MM, e.g. 2026-10"
									: "quarterly: expected YYYY-Qn, e.g. 2026-Q4"));
		}
		int year = Integer.parseInt(matcher.group(1));
		LocalDate start = kind == ReportingPeriod.MONTH
				? YearMonth.of(year, Integer.parseInt(matcher.group(2))).atDay(1)
				: LocalDate.of(year, 3 * Integer.parseInt(matcher.group(2)) - 2, 1);
		return new ReportPeriod(kind, trimmed, start, kind.endOf(start), zone);
	}

	/** The period of the given form that contains the instant, in the contract's zone. */
	public static ReportPeriod containing(Instant instant, ReportingPeriod kind, ZoneId zone) {
		LocalDate start = kind.startOf(instant.atZone(zone).toLocalDate());
		String label = kind == ReportingPeriod.MONTH ? YearMonth.from(start).toString()
				: start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
		return new ReportPeriod(kind, label, start, kind.endOf(start), zone);
	}

	private static boolean validMonth(String month) {
		int value = Integer.parseInt(month);
		return value >= 1 && value <= 12;
	}

	/** Midnight of the first day, in the contract's zone. */
	public Instant startInstant() {
		return start.atStartOfDay(zone).toInstant();
	}

	/** Midnight of the first day of the next period: the exclusive end. */
	public Instant endInstant() {
		return end.atStartOfDay(zone).toInstant();
	}

	public LocalDate lastDay() {
		return end.minusDays(1);
	}

}
