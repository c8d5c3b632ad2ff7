package org.communityops.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.PolicyText;

/**
 * The Policy sheet: every policy version that governed items of the period (and the one
 * whose terms apply), then the full text of each, a line of the file per row, as the
 * report's edition has it (the client's without the agency's YAML comments,
 * {@link ComplianceReport#in}).
 */
final class PolicySheet {

	private PolicySheet() {
	}

	static void write(Sheet sheet, ComplianceReport report, Styles styles) {
		Tables.header(sheet, 0, List.of("Version", "File", "Effective", "Loaded at (" + report.zone() + ")", "SHA-256",
				"Terms of the period"), styles);
		int r = 1;
		for (PolicyText policy : report.policies()) {
			Row row = sheet.createRow(r++);
			styles.number(row, 0, policy.version(), styles.count);
			styles.text(row, 1, policy.file(), styles.text);
			Cell effective = row.createCell(2);
			effective.setCellValue(policy.effective());
			effective.setCellStyle(styles.date);
			styles.measured(effective);
			styles.dateTime(row, 3, policy.loadedAt(), report.zone());
			styles.text(row, 4, policy.sha256(), styles.text);
			styles.text(row, 5, policy.terms() ? "yes" : "no", styles.text);
		}
		Tables.filter(sheet, 0, r - 1, 6);
		Tables.fit(sheet, 0, styles);
		for (PolicyText policy : report.policies()) {
			r++;
			Styles.note(sheet.createRow(r++), 0, "Version " + policy.version() + " (" + policy.file() + ")",
					styles.bold);
			for (String line : policy.content().split("\r?\n", -1)) {
				Styles.note(sheet.createRow(r++), 0, line, styles.text);
			}
		}
	}

}
