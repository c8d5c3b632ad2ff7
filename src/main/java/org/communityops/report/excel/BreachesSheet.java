package org.communityops.report.excel;

import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.BreachSink;
import org.communityops.report.BreachedItem;
import org.communityops.report.excel.Tables.Column;

/**
 * The Breaches sheet, written row by row while the report reads the period: every
 * breached item with its task, instance, times, overrun, holder and a link to its process
 * instance in Cockpit (a {@code HYPERLINK} formula, which streams, where a hyperlink
 * object per row would be kept in memory). When the items would pass the last row of a
 * sheet, the sheet ends with a row saying how many were left out.
 */
final class BreachesSheet implements BreachSink {

	static final String COCKPIT_PATH = "/camunda/app/cockpit/default/#/process-instance/";

	private final Sheet sheet;

	private final Styles styles;

	private final ZoneId zone;

	private final String cockpitBaseUrl;

	private final int lastRow;

	private int next = 1;

	private long leftOut;

	BreachesSheet(Sheet sheet, Styles styles, ZoneId zone, String cockpitBaseUrl) {
		this(sheet, styles, zone, cockpitBaseUrl, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
	}

	/**
	 * @param lastRow the index of the last row the sheet may use (the last row of an
	 * Excel sheet, or less in tests)
	 */
	BreachesSheet(Sheet sheet, Styles styles, ZoneId zone, String cockpitBaseUrl, int lastRow) {
		this.sheet = sheet;
		this.styles = styles;
		this.zone = zone;
		this.cockpitBaseUrl = cockpitBaseUrl.endsWith("/") ? cockpitBaseUrl.substring(0, cockpitBaseUrl.length() - 1)
				: cockpitBaseUrl;
		this.lastRow = lastRow;
		Tables.header(sheet, 0,
				List.of(new Column("Target", 22), new Column("Task", 24), new Column("Task id", 38),
						new Column("Process instance", 38), new Column("Opened (" + zone + ")", 18),
						new Column("Due (" + zone + ")", 18), new Column("Completed (" + zone + ")", 18),
						new Column("Overrun (business h:mm)", 14), new Column("Held by at due", 16),
						new Column("Cockpit", 12), new Column("Note", 60)),
				styles);
	}

	@Override
	public void accept(BreachedItem item) {
		if (next >= lastRow) {
			leftOut++;
			return;
		}
		Row row = sheet.createRow(next++);
		Styles.text(row, 0, item.targetId(), styles.text);
		Styles.text(row, 1, item.taskId() == null ? "(journey)" : item.taskDefinitionKey(), styles.text);
		Styles.text(row, 2, item.taskId(), styles.text);
		Styles.text(row, 3, item.processInstanceId(), styles.text);
		styles.dateTime(row, 4, item.opened(), zone);
		styles.dateTime(row, 5, item.due(), zone);
		styles.dateTime(row, 6, item.completed(), zone);
		styles.duration(row, 7, item.overrun());
		Styles.text(row, 8, item.heldBy() == null ? "(unassigned)" : item.heldBy(), styles.text);
		Cell link = row.createCell(9);
		link.setCellFormula("HYPERLINK(\"" + cockpitBaseUrl + COCKPIT_PATH + item.processInstanceId() + "\",\"open\")");
		if (item.note() != null) {
			Styles.text(row, 10, item.note(), styles.text);
		}
	}

	/**
	 * Sets the auto-filter over the rows written and, when some did not fit, says so in
	 * the last row.
	 */
	void finish() {
		Tables.filter(sheet, 0, next - 1, 11);
		if (leftOut > 0) {
			Styles.text(sheet.createRow(next), 0,
					leftOut + " more breached items did not fit in this sheet (" + "Excel's limit is "
							+ SpreadsheetVersion.EXCEL2007.getMaxRows() + " rows); the Summary counts them all",
					styles.bold);
		}
	}

	int written() {
		return next - 1;
	}

	long leftOut() {
		return leftOut;
	}

}
