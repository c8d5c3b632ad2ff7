package org.communityops.report.excel;

import java.util.Currency;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.Totals;

/**
 * The overview of a portfolio: a row per client, its credit owed in its own currency;
 * then the clients left out.
 */
final class PortfolioSheet {

	private PortfolioSheet() {
	}

	static void write(Sheet sheet, List<ComplianceReport> reports, List<String> notes, Styles styles) {
		Tables.header(sheet, 0, List.of("Client", "Name", "Period", "As of", "Due", "Met", "Breached",
				"Running, breached", "Pending", "Compliance", "Targets failed", "Credit owed", "Capped"), styles);
		int r = 1;
		for (ComplianceReport report : reports) {
			Row row = sheet.createRow(r++);
			Totals totals = report.totals();
			styles.text(row, 0, report.client(), styles.text);
			styles.text(row, 1, report.name(), styles.text);
			styles.text(row, 2, report.period() + (report.partial() ? " (partial)" : ""), styles.text);
			styles.dateTime(row, 3, report.asOf(), report.zone());
			int[] counts = { totals.due(), totals.met(), totals.breached(), totals.runningBreached(),
					totals.pending() };
			for (int i = 0; i < counts.length; i++) {
				styles.number(row, 4 + i, counts[i], styles.count);
			}
			styles.percent(row, 9, totals.complianceRate());
			long failed = report.targetsFailed();
			styles.number(row, 10, failed, failed > 0 ? styles.fail : styles.pass);
			styles.number(row, 11, report.credits().owed(),
					styles.money(Currency.getInstance(report.credits().currency())));
			styles.text(row, 12, report.credits().capped() ? "yes" : "no", styles.text);
		}
		Tables.filter(sheet, 0, r - 1, 13);
		Tables.fit(sheet, 0, styles);
		for (String note : notes) {
			Styles.note(sheet.createRow(++r), 0, note, styles.text);
		}
	}

}
