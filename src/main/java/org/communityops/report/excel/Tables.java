package org.communityops.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The shape every table of a report sheet shares: a header row, frozen, with set widths,
 * an auto-filter and a page setup for printing.
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
		printSetup(sheet, headerRow, columns);
		return row;
	}

	/**
	 * Widest table, in characters, that still prints legibly on A4 portrait once fitted
	 * to the page's width.
	 */
	static final int PORTRAIT_WIDTH = 100;

	/**
	 * Makes the sheet print the way it reads: on A4, landscape when the table is wider
	 * than a portrait page holds, fitted to one page wide (as many pages down as it
	 * needs), the header row repeated on every page and narrow margins, so a printed
	 * workbook is not cut into vertical strips.
	 */
	static void printSetup(Sheet sheet, int headerRow, List<Column> columns) {
		int width = columns.stream().mapToInt(Column::width).sum();
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(width > PORTRAIT_WIDTH);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.5);
		sheet.setMargin(PageMargin.BOTTOM, 0.5);
		sheet.setHorizontallyCenter(true);
	}

	/**
	 * Turns the auto-filter on for the table from its header row down to its last row.
	 */
	static void filter(Sheet sheet, int headerRow, int lastRow, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
	}

}
