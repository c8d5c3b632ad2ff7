package org.communityops.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The shape every table of a report sheet shares: a header row, frozen, with set widths
 * and an auto-filter.
 */
final class Tables {

	private Tables() {
	}

	/** A column: its header and its width in characters. */
	record Column(String header, int width) {
	}

	/**
	 * Writes the header at {@code headerRow}, freezes the rows down to it and sets the
	 * column widths.
	 */
	static Row header(Sheet sheet, int headerRow, List<Column> columns, Styles styles) {
		Row row = sheet.createRow(headerRow);
		for (int i = 0; i < columns.size(); i++) {
			Styles.text(row, i, columns.get(i).header(), styles.header);
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
		sheet.createFreezePane(0, headerRow + 1);
		return row;
	}

	/**
	 * Turns the auto-filter on for the table from its header row down to its last row.
	 */
	static void filter(Sheet sheet, int headerRow, int lastRow, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
	}

}
