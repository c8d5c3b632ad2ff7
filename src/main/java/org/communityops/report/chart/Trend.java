package org.communityops.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TrendWeek;

/**
 * What a trend chart shows: points in time across (weeks of one report, or the periods of
 * several), and a series per target with its objective and its compliance rate at each
 * point (null where it had no item due).
 */
public record Trend(List<String> labels, List<Series> series) {

	public Trend {
		labels = List.copyOf(labels);
		series = List.copyOf(series);
	}

	/**
	 * The lowest percentage a chart of the trend shows: 10 points below the lowest rate
	 * or drawn objective, rounded down to a multiple of 10, so that rates near their
	 * objective are told apart.
	 */
	public int floor() {
		double lowest = 100;
		for (Series line : series) {
			for (BigDecimal rate : line.rates()) {
				if (rate != null) {
					lowest = Math.min(lowest, rate.doubleValue());
				}
			}
			if (line.objective() != null && line.drawn()) {
				lowest = Math.min(lowest, line.objective().doubleValue());
			}
		}
		return (int) Math.max(0, Math.min(90, Math.floor((lowest - 10) / 10) * 10));
	}

	/** One report's weeks, Monday to Sunday, for each of its targets. */
	public static Trend weeksOf(ComplianceReport report) {
		List<String> labels = report.trend().stream().map(week -> week.weekStart().toString()).toList();
		List<Series> series = new ArrayList<>();
		for (TargetLine target : report.targets()) {
			List<BigDecimal> rates = new ArrayList<>();
			for (TrendWeek week : report.trend()) {
				rates.add(week.byTarget().get(target.id()));
			}
			series.add(new Series(target.id(), target.name(), target.objective(), rates));
		}
		return new Trend(labels, series);
	}

	/**
	 * Consecutive reports of one client, oldest first, one point each (a period not yet
	 * over is labelled "so far"), for the targets of the newest, each with its newest
	 * objective.
	 */
	public static Trend periodsOf(List<ComplianceReport> reports) {
		List<String> labels = reports.stream()
			.map(report -> report.partial() ? report.period() + " so far" : report.period())
			.toList();
		List<Series> series = new ArrayList<>();
		for (TargetLine target : reports.get(reports.size() - 1).targets()) {
			List<BigDecimal> rates = reports.stream()
				.map(report -> report.targets()
					.stream()
					.filter(line -> line.id().equals(target.id()) && line.due() > 0)
					.map(TargetLine::complianceRate)
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null))
				.toList();
			series.add(new Series(target.id(), target.name(), target.objective(), rates));
		}
		return new Trend(labels, series);
	}

	/**
	 * @param objective the promised share in percent; null when the target promises none
	 * @param rates one per label, null where the target had no item due
	 */
	public record Series(String id, String name, BigDecimal objective, List<BigDecimal> rates) {

		public Series {
			rates = java.util.Collections.unmodifiableList(new ArrayList<>(rates));
		}

		/** Whether the series has a point to draw; one without draws nothing. */
		public boolean drawn() {
			return rates.stream().anyMatch(Objects::nonNull);
		}

	}

}
