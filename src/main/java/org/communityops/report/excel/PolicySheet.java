package org.communityops.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.PolicyText;
import org.communityops.report.excel.Tables.Column;

/**
 * The Policy sheet: every policy version that governed items of the period (and the one
 * whose terms apply), then the full text of each, a line of the file per row.
 */
final class PolicySheet {

	private PolicySheet() {
	}

	static void write(Sheet sheet, ComplianceReport report, Styles styles) {
		Tables.header(sheet, 0,
				List.of(new Column("Version", 60), new Column("File", 18), new Column("Effective", 12),
						new Column("Loaded at (" + report.zone() + ")", 18), new Column("SHA-256", 20),
						new Column("Terms of the period", 10)),
				styles);
		int r = 1;
		for (PolicyText policy : report.policies()) {
			Row row = sheet.createRow(r++);
			Styles.number(row, 0, policy.version(), styles.count);
			Styles.text(row, 1, policy.file(), styles.text);
			Styles.number(row, 2, null, styles.date).setCellValue(policy.effective());
			styles.dateTime(row, 3, policy.loadedAt(), report.zone());
			Styles.text(row, 4, policy.sha256(), styles.text);
			Styles.text(row, 5, policy.terms() ? "yes" : "no", styles.text);
		}
		Tables.filter(sheet, 0, r - 1, 6);
		for (PolicyText policy : report.policies()) {
			r++;
			Styles.text(sheet.createRow(r++), 0, "Version " + policy.version() + " (" + policy.file() + ")",
					styles.bold);
			for (String line : policy.content().split("\r?\n", -1)) {
				Styles.text(sheet.createRow(r++), 0, line, styles.text);
			}
		}
	}

}
