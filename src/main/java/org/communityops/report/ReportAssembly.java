package org.communityops.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.communityops.report.ComplianceReport.Credits;
import org.communityops.report.ComplianceReport.PolicyText;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TimeSplit;
import org.communityops.report.ComplianceReport.Totals;
import org.communityops.report.ComplianceReport.TrendWeek;
import org.communityops.sla.policy.Contract;
import org.communityops.sla.policy.Percent;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.SlaTarget;

/**
 * Turns the tallies of a period into its report: a line per target of the terms version
 * (then any target only older pinned versions have), credits capped by the contract, the
 * weekly trend and the policy texts.
 */
final class ReportAssembly {

	private final ReportScope scope;

	private final PolicyVersion terms;

	private final SortedMap<Integer, PolicyVersion> used;

	private final Contract contract;

	ReportAssembly(ReportScope scope, PolicyVersion terms, SortedMap<Integer, PolicyVersion> used) {
		this.scope = scope;
		this.terms = terms;
		this.used = new TreeMap<>(used);
		this.used.putIfAbsent(terms.version(), terms);
		this.contract = terms.policy().contract();
	}

	ComplianceReport assemble(Map<String, TargetTally> tallies) {
		List<TargetLine> lines = new ArrayList<>();
		List<Percent> credits = new ArrayList<>();
		for (SlaTarget target : targets(tallies)) {
			TargetTally tally = tallies.getOrDefault(target.id(), new TargetTally(target.id()));
			Percent credit = tally.decided() == 0 ? Percent.ZERO
					: target.creditFor(new Percent(Rates.exact(tally.met, tally.decided())));
			credits.add(credit);
			lines.add(line(target, tally, credit));
		}
		ReportPeriod period = scope.period();
		return new ComplianceReport(scope.client(), terms.policy().name(), contract.id(), period.label(),
				period.start(), period.lastDay(), period.zone(), scope.asOf(), scope.partial(), terms.version(), lines,
				totals(tallies), credits(lines, credits), trend(tallies, lines), policyTexts());
	}

	/**
	 * The terms version's targets in its order, then targets that only older pinned
	 * versions have.
	 */
	private List<SlaTarget> targets(Map<String, TargetTally> tallies) {
		Map<String, SlaTarget> targets = new LinkedHashMap<>();
		terms.policy().targets().forEach(target -> targets.put(target.id(), target));
		for (String id : tallies.keySet()) {
			if (!targets.containsKey(id)) {
				used.values()
					.stream()
					.map(version -> version.policy().target(id))
					.flatMap(java.util.Optional::stream)
					.reduce((older, newer) -> newer)
					.ifPresent(target -> targets.put(id, target));
			}
		}
		return List.copyOf(targets.values());
	}

	private TargetLine line(SlaTarget target, TargetTally tally, Percent credit) {
		BigDecimal rate = Rates.shown(tally.met, tally.decided());
		BigDecimal objective = target.objective().map(Percent::value).orElse(null);
		String result = tally.decided() == 0 ? "no items"
				: objective == null ? "no objective"
						: new Percent(Rates.exact(tally.met, tally.decided())).isBelow(target.objective().get())
								? "fail" : "pass";
		return new TargetLine(target.id(), target.name(), objective, tally.due(), tally.met, tally.breached,
				tally.runningBreached, tally.pending, rate, result, millis(tally.completion, 50),
				millis(tally.completion, 90), split(tally.agencyNanos, tally.clientNanos, tally.unassignedNanos),
				credit.value(), credit.applyTo(contract.feeInCurrency()));
	}

	private static Totals totals(Map<String, TargetTally> tallies) {
		int met = 0, breached = 0, running = 0, pending = 0;
		long agency = 0, client = 0, unassigned = 0;
		for (TargetTally tally : tallies.values()) {
			met += tally.met;
			breached += tally.breached;
			running += tally.runningBreached;
			pending += tally.pending;
			agency += tally.agencyNanos;
			client += tally.clientNanos;
			unassigned += tally.unassignedNanos;
		}
		return new Totals(met + breached + running + pending, met, breached, running, pending,
				Rates.shown(met, met + breached + running), split(agency, client, unassigned));
	}

	private Credits credits(List<TargetLine> lines, List<Percent> credits) {
		BigDecimal percentBeforeCap = credits.stream().map(Percent::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal amountBeforeCap = lines.stream()
			.map(TargetLine::creditAmount)
			.reduce(BigDecimal.ZERO.setScale(contract.feeInCurrency().scale()), BigDecimal::add);
		Percent owed = contract.creditShare(credits.toArray(Percent[]::new));
		return new Credits(contract.currency().getCurrencyCode(), contract.feeInCurrency(),
				contract.creditCap().value(), percentBeforeCap, amountBeforeCap,
				percentBeforeCap.compareTo(contract.creditCap().value()) > 0, owed.value(),
				owed.applyTo(contract.feeInCurrency()));
	}

	/**
	 * Every week from the one holding the period's first day to the one holding its last
	 * day (or the as-of day).
	 */
	private List<TrendWeek> trend(Map<String, TargetTally> tallies, List<TargetLine> lines) {
		LocalDate asOfDay = scope.asOf().atZone(scope.period().zone()).toLocalDate();
		LocalDate last = asOfDay.isBefore(scope.period().lastDay()) ? asOfDay : scope.period().lastDay();
		List<TrendWeek> weeks = new ArrayList<>();
		for (LocalDate week = monday(scope.period().start()); !week.isAfter(last); week = week.plusWeeks(1)) {
			Map<String, BigDecimal> byTarget = new LinkedHashMap<>();
			int met = 0, decided = 0;
			for (TargetLine line : lines) {
				TargetTally tally = tallies.get(line.id());
				int[] counts = tally == null ? null : tally.weeks.get(week);
				if (counts != null) {
					byTarget.put(line.id(), Rates.shown(counts[0], counts[1]));
					met += counts[0];
					decided += counts[1];
				}
			}
			weeks.add(new TrendWeek(week, byTarget, Rates.shown(met, decided)));
		}
		return weeks;
	}

	private List<PolicyText> policyTexts() {
		return used.values()
			.stream()
			.map(v -> new PolicyText(v.version(), v.file(), v.effective(), v.loadedAt(), v.contentSha256(),
					v.version() == terms.version(), v.content()))
			.toList();
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static Duration millis(Samples samples, int percentile) {
		return samples.percentile(percentile).stream().mapToObj(Duration::ofMillis).findFirst().orElse(null);
	}

	private static TimeSplit split(long agency, long client, long unassigned) {
		return new TimeSplit(Duration.ofNanos(agency), Duration.ofNanos(client), Duration.ofNanos(unassigned));
	}

}
