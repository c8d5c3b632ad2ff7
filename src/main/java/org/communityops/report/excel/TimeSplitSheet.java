package org.communityops.report.excel;

import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TimeSplit;

/**
 * The Time split sheet: business time the period's items were held by the agency, by the
 * client (or paused waiting on it) and by nobody, per target and in all, from the clock
 * logs.
 */
final class TimeSplitSheet {

	private TimeSplitSheet() {
	}

	static void write(Sheet sheet, ComplianceReport report, Styles styles) {
		Tables.header(sheet, 0, List.of("Target", "Agency (h:mm)", "Client (h:mm)", "Unassigned (h:mm)", "Total (h:mm)",
				"Client share"), styles);
		int r = 1;
		for (TargetLine line : report.targets()) {
			row(sheet.createRow(r++), line.id(), line.timeSplit(), styles);
		}
		Tables.filter(sheet, 0, r - 1, 6);
		row(sheet.createRow(r + 1), "All targets", report.totals().timeSplit(), styles);
		Tables.fit(sheet, 0, styles);
	}

	private static void row(Row row, String label, TimeSplit split, Styles styles) {
		styles.text(row, 0, label, styles.text);
		Duration total = split.agency().plus(split.client()).plus(split.unassigned());
		styles.duration(row, 1, split.agency());
		styles.duration(row, 2, split.client());
		styles.duration(row, 3, split.unassigned());
		styles.duration(row, 4, total);
		styles.number(row, 5, total.isZero() ? null : (double) split.client().toNanos() / total.toNanos(),
				styles.percent);
	}

}
