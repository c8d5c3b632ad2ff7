package org.communityops.report.excel;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.communityops.report.BreachSink;
import org.communityops.report.BreachedItem;

/**
 * The Breaches sheet, written row by row while the report reads the period: every
 * breached item with its task, instance, times, overrun, holder and a link to its process
 * instance in Cockpit (a {@code HYPERLINK} formula, which streams, where a hyperlink
 * object per row would be kept in memory); the client's edition has no Cockpit column.
 * When the items would pass the last row of a sheet, the sheet ends with a row saying how
 * many were left out.
 */
final class BreachesSheet implements BreachSink {

	static final String COCKPIT_PATH = "/camunda/app/cockpit/default/#/process-instance/";

	private final Sheet sheet;

	private final Styles styles;

	private final ZoneId zone;

	private final String cockpitBaseUrl;

	private final int lastRow;

	private final int columns;

	private int next = 1;

	private long leftOut;

	BreachesSheet(Sheet sheet, Styles styles, ZoneId zone, String cockpitBaseUrl) {
		this(sheet, styles, zone, cockpitBaseUrl, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
	}

	/**
	 * @param cockpitBaseUrl null for no Cockpit column (the client's edition)
	 * @param lastRow the index of the last row the sheet may use (the last row of an
	 * Excel sheet, or less in tests)
	 */
	BreachesSheet(Sheet sheet, Styles styles, ZoneId zone, String cockpitBaseUrl, int lastRow) {
		this.sheet = sheet;
		this.styles = styles;
		this.zone = zone;
		this.cockpitBaseUrl = cockpitBaseUrl == null || !cockpitBaseUrl.endsWith("/") ? cockpitBaseUrl
				: cockpitBaseUrl.substring(0, cockpitBaseUrl.length() - 1);
		this.lastRow = lastRow;
		List<String> columns = new ArrayList<>(
				List.of("Target", "Task", "Task id", "Process instance", "Opened (" + zone + ")", "Due (" + zone + ")",
						"Completed (" + zone + ")", "Overrun (business h:mm)", "Held by at due"));
		if (cockpitBaseUrl != null) {
			columns.add("Cockpit");
		}
		columns.add("Note");
		this.columns = columns.size();
		Tables.header(sheet, 0, columns, styles);
	}

	@Override
	public void accept(BreachedItem item) {
		if (next >= lastRow) {
			leftOut++;
			return;
		}
		Row row = sheet.createRow(next++);
		styles.text(row, 0, item.targetId(), styles.text);
		styles.text(row, 1, item.taskId() == null ? "(journey)" : item.taskDefinitionKey(), styles.text);
		styles.text(row, 2, item.taskId(), styles.text);
		styles.text(row, 3, item.processInstanceId(), styles.text);
		styles.dateTime(row, 4, item.opened(), zone);
		styles.dateTime(row, 5, item.due(), zone);
		styles.dateTime(row, 6, item.completed(), zone);
		styles.duration(row, 7, item.overrun());
		styles.text(row, 8, item.heldBy() == null ? "(unassigned)" : item.heldBy(), styles.text);
		if (cockpitBaseUrl != null) {
			Cell link = row.createCell(9);
			link.setCellFormula(
					"HYPERLINK(\"" + cockpitBaseUrl + COCKPIT_PATH + item.processInstanceId() + "\",\"open\")");
		}
		if (item.note() != null) {
			styles.text(row, columns - 1, item.note(), styles.text);
		}
	}

	/**
	 * Sets the auto-filter over the rows written, the widths measured on them and the
	 * page and, when some did not fit, says so in the last row.
	 */
	void finish() {
		Tables.filter(sheet, 0, next - 1, columns);
		Tables.fit(sheet, 0, styles);
		if (leftOut > 0) {
			Styles.note(sheet.createRow(next), 0,
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
