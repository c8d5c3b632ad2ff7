package org.communityops.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One client's compliance report for one period, as the formats show it. Rates are
 * percentages truncated to two decimals (so 95.00 has met 95%); durations are business
 * time; money is in the contract's currency, rounded to its minor unit. Every rule is in
 * docs/reports.md.
 *
 * @param lastDay the last day of the period, in {@code zone}
 * @param asOf the instant the items are judged at: the end of the period, or when the
 * report was made
 * @param partial whether the period had not ended when the report was made
 * @param termsVersion the policy version whose objectives, credits, fee and cap apply
 */
public record ComplianceReport(String client, String name, String contractId, String period, LocalDate firstDay,
		LocalDate lastDay, ZoneId zone, Instant asOf, boolean partial, int termsVersion, List<TargetLine> targets,
		Totals totals, Credits credits, List<TrendWeek> trend, List<PolicyText> policies) {

	/**
	 * The report as the edition shows it: the client's reads the policy texts without the
	 * agency's YAML comments ({@link PolicyComments}).
	 */
	public ComplianceReport in(ReportEdition edition) {
		if (edition == ReportEdition.AGENCY) {
			return this;
		}
		return new ComplianceReport(client, name, contractId, period, firstDay, lastDay, zone, asOf, partial,
				termsVersion, targets, totals, credits, trend,
				policies.stream().map(PolicyText::withoutComments).toList());
	}

	/** How many targets missed their objective. */
	public long targetsFailed() {
		return targets.stream().filter(TargetLine::failed).count();
	}

	/**
	 * One target's figures.
	 *
	 * @param objective the promised share in percent; null when the target promises none
	 * @param complianceRate met / (met + breached + running breached) in percent; null
	 * without such items
	 * @param result {@code pass}, {@code fail}, {@code no objective} or {@code no items}
	 * @param creditPercent the credit tier reached, in percent of the fee (before the
	 * cap)
	 * @param creditAmount that share of the fee (before the cap)
	 */
	public record TargetLine(String id, String name, BigDecimal objective, int due, int met, int breached,
			int runningBreached, int pending, BigDecimal complianceRate, String result, Duration medianTimeToComplete,
			Duration p90TimeToComplete, TimeSplit timeSplit, BigDecimal creditPercent, BigDecimal creditAmount) {

		/** Whether the target missed its objective. */
		public boolean failed() {
			return "fail".equals(result);
		}

	}

	/** All targets together. */
	public record Totals(int due, int met, int breached, int runningBreached, int pending, BigDecimal complianceRate,
			TimeSplit timeSplit) {
	}

	/**
	 * Business time the items were held by the agency, by the client (or paused waiting
	 * on it), and by nobody.
	 */
	public record TimeSplit(Duration agency, Duration client, Duration unassigned) {
	}

	/**
	 * The service credits owed for the period.
	 *
	 * @param percentBeforeCap the sum of the targets' credits, in percent of the fee
	 * @param percentOwed that sum, capped at the contract's credit cap
	 * @param owed the amount owed: {@code percentOwed} of the fee
	 */
	public record Credits(String currency, BigDecimal fee, BigDecimal capPercent, BigDecimal percentBeforeCap,
			BigDecimal amountBeforeCap, boolean capped, BigDecimal percentOwed, BigDecimal owed) {
	}

	/**
	 * Compliance of the items due in one week (Monday to Sunday in the contract's zone,
	 * cut to the period).
	 *
	 * @param byTarget rate per target id, for targets with met or breached items that
	 * week
	 * @param all the rate of all targets together; null without such items
	 */
	public record TrendWeek(LocalDate weekStart, Map<String, BigDecimal> byTarget, BigDecimal all) {
	}

	/**
	 * A policy version that governed items of the period, with its full text.
	 *
	 * @param terms whether the period's objectives, credits, fee and cap are this
	 * version's
	 */
	public record PolicyText(int version, String file, LocalDate effective, Instant loadedAt, String sha256,
			boolean terms, String content) {

		PolicyText withoutComments() {
			return new PolicyText(version, file, effective, loadedAt, sha256, terms, PolicyComments.strip(content));
		}

	}

}
