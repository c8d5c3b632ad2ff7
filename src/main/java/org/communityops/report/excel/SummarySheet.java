package org.communityops.report.excel;

import java.util.Currency;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.Credits;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.Totals;

/**
 * The Summary sheet: what the report covers, a row per target (pass in green, fail in
 * red), all targets together, and the service credits with the cap.
 */
final class SummarySheet {

	/** The row of the table's header; the rows above say what the report covers. */
	static final int HEADER_ROW = 5;

	static final int COLUMNS = 14;

	private SummarySheet() {
	}

	static void write(Sheet sheet, ComplianceReport report, Styles styles) {
		CellStyle money = styles.money(Currency.getInstance(report.credits().currency()));
		Styles.note(sheet.createRow(0), 0,
				"Compliance report: " + report.name() + " (" + report.client() + "), " + report.period(), styles.title);
		Row covers = sheet.createRow(1);
		styles.text(covers, 0, "Period", styles.bold);
		Styles.note(covers, 1, report.firstDay() + " to " + report.lastDay() + " (" + report.zone() + ")", styles.text);
		Row asOf = sheet.createRow(2);
		styles.text(asOf, 0, "As of", styles.bold);
		styles.dateTime(asOf, 1, report.asOf(), report.zone());
		Styles.note(asOf, 2, report.partial() ? "partial: the period has not ended" : "the end of the period",
				styles.text);
		Row contract = sheet.createRow(3);
		styles.text(contract, 0, "Contract", styles.bold);
		Styles.note(contract, 1, report.contractId() + ", policy version " + report.termsVersion(), styles.text);
		Tables.header(sheet, HEADER_ROW,
				List.of("Target", "Name", "Objective", "Due", "Met", "Breached", "Running, breached", "Pending",
						"Compliance", "Result", "Median to complete (h:mm)", "P90 to complete (h:mm)", "Credit",
						"Credit (" + report.credits().currency() + ")"),
				styles);
		int r = HEADER_ROW + 1;
		for (TargetLine line : report.targets()) {
			Row row = sheet.createRow(r++);
			styles.text(row, 0, line.id(), styles.text);
			styles.text(row, 1, line.name(), styles.text);
			styles.percent(row, 2, line.objective());
			counts(row, 3, styles, line.due(), line.met(), line.breached(), line.runningBreached(), line.pending());
			styles.percent(row, 8, line.complianceRate());
			styles.text(row, 9, line.result(),
					line.result().equals("pass") ? styles.pass : line.failed() ? styles.fail : styles.text);
			styles.duration(row, 10, line.medianTimeToComplete());
			styles.duration(row, 11, line.p90TimeToComplete());
			styles.percent(row, 12, line.creditPercent());
			styles.number(row, 13, line.creditAmount(), money);
		}
		Tables.filter(sheet, HEADER_ROW, r - 1, COLUMNS);
		Totals totals = report.totals();
		Row all = sheet.createRow(++r);
		styles.text(all, 0, "All targets", styles.bold);
		counts(all, 3, styles, totals.due(), totals.met(), totals.breached(), totals.runningBreached(),
				totals.pending());
		styles.percent(all, 8, totals.complianceRate());
		credits(sheet, r + 2, report.credits(), styles, money);
		Tables.fit(sheet, HEADER_ROW, styles);
	}

	private static void counts(Row row, int first, Styles styles, int... counts) {
		for (int i = 0; i < counts.length; i++) {
			styles.number(row, first + i, counts[i], styles.count);
		}
	}

	private static void credits(Sheet sheet, int first, Credits credits, Styles styles, CellStyle money) {
		styles.text(sheet.createRow(first), 0, "Service credits", styles.bold);
		Row fee = sheet.createRow(first + 1);
		styles.text(fee, 0, "Fee for the period", styles.text);
		styles.number(fee, 13, credits.fee(), money);
		Row before = sheet.createRow(first + 2);
		styles.text(before, 0, "Credits of the targets", styles.text);
		styles.percent(before, 12, credits.percentBeforeCap());
		styles.number(before, 13, credits.amountBeforeCap(), money);
		Row cap = sheet.createRow(first + 3);
		styles.text(cap, 0, "Credit cap", styles.text);
		styles.percent(cap, 12, credits.capPercent());
		Styles.note(cap, 1, credits.capped() ? "reached: the credits are capped" : "not reached", styles.text);
		Row owed = sheet.createRow(first + 4);
		styles.text(owed, 0, "Credit owed", styles.bold);
		styles.percent(owed, 12, credits.percentOwed());
		styles.number(owed, 13, credits.owed(), money);
	}

}
