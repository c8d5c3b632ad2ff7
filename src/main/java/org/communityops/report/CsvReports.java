package org.communityops.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TimeSplit;
import org.communityops.report.ComplianceReport.Totals;

/**
 * Reports as CSV (RFC 4180, comma-separated, a header line): a line per client and
 * target, then a line per client with target {@code (all targets)} whose credit columns
 * are the credit owed after the cap. Percentages are in percent, durations in decimal
 * business hours, amounts in the contract currency.
 */
final class CsvReports {

	static final String HEADER = "client,period,as_of,partial,target,name,objective_percent,due,met,breached,"
			+ "running_breached,pending,compliance_percent,result,median_hours,p90_hours,agency_hours,client_hours,"
			+ "unassigned_hours,credit_percent,credit_amount,currency";

	private CsvReports() {
	}

	static void write(List<ComplianceReport> reports, Writer out) throws IOException {
		out.write(HEADER + "\r\n");
		for (ComplianceReport report : reports) {
			for (TargetLine line : report.targets()) {
				line(out, report,
						Stream.of(line.id(), line.name(), line.objective(), line.due(), line.met(), line.breached(),
								line.runningBreached(), line.pending(), line.complianceRate(), line.result(),
								hours(line.medianTimeToComplete()), hours(line.p90TimeToComplete())),
						line.timeSplit(), line.creditPercent(), line.creditAmount());
			}
			Totals totals = report.totals();
			line(out, report,
					Stream.of("(all targets)", report.name(), null, totals.due(), totals.met(), totals.breached(),
							totals.runningBreached(), totals.pending(), totals.complianceRate(), null, null, null),
					totals.timeSplit(), report.credits().percentOwed(), report.credits().owed());
		}
		out.flush();
	}

	private static void line(Writer out, ComplianceReport report, Stream<Object> figures, TimeSplit split,
			BigDecimal creditPercent, BigDecimal creditAmount) throws IOException {
		Stream<Object> head = Stream.of(report.client(), report.period(), report.asOf(), report.partial());
		Stream<Object> tail = Stream.of(hours(split.agency()), hours(split.client()), hours(split.unassigned()),
				creditPercent, creditAmount, report.credits().currency());
		out.write(Stream.concat(Stream.concat(head, figures), tail)
			.map(CsvReports::field)
			.collect(Collectors.joining(",")) + "\r\n");
	}

	private static BigDecimal hours(Duration duration) {
		return duration == null ? null : BigDecimal.valueOf(duration.toNanos())
			.divide(BigDecimal.valueOf(3_600_000_000_000L), 4, RoundingMode.HALF_EVEN);
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
