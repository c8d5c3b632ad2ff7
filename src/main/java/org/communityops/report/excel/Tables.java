package org.communityops.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The shape every table of a report sheet shares: a header row, frozen and wrapped
 * between words, widths from the content, an auto-filter and a page setup for printing.
 */
final class Tables {

	private Tables() {
	}

	/** Points per line of wrapped header text (11 pt Calibri, as Excel spaces it). */
	private static final float LINE_HEIGHT = 15f;

	/**
	 * Writes the header at {@code headerRow} and freezes the rows down to it. The row is
	 * as high as its headers take at their narrowest (their longest word): a streamed row
	 * may be written out before the widths are known, and at worst it has a spare line;
	 * {@link #fit} makes it exact when the row is still in memory.
	 */
	static Row header(Sheet sheet, int headerRow, List<String> headers, Styles styles) {
		Row row = sheet.createRow(headerRow);
		ColumnWidths widths = styles.widths(sheet);
		int lines = 1;
		for (int i = 0; i < headers.size(); i++) {
			Styles.note(row, i, headers.get(i), styles.header);
			widths.header(i, headers.get(i));
			lines = Math.max(lines, ColumnWidths.lines(headers.get(i), widths.width(i)));
		}
		row.setHeightInPoints(lines * LINE_HEIGHT);
		sheet.createFreezePane(0, headerRow + 1);
		return row;
	}

	/**
	 * Once the sheet's cells are written: sets the widths measured, fits the header row's
	 * height to its wrapped lines and sets up the page.
	 */
	static void fit(Sheet sheet, int headerRow, Styles styles) {
		fit(sheet, headerRow, styles, 0);
	}

	/**
	 * @param besides the width, in characters, of what is drawn beside the table (a
	 * chart), which the page must hold too
	 */
	static void fit(Sheet sheet, int headerRow, Styles styles, int besides) {
		ColumnWidths widths = styles.widths(sheet);
		int total = besides;
		for (int i = 0; i < widths.columns(); i++) {
			sheet.setColumnWidth(i, widths.width(i) * 256);
			total += widths.width(i);
		}
		Row header = sheet.getRow(headerRow);
		if (header != null) {
			int lines = 1;
			for (int i = 0; i < header.getLastCellNum(); i++) {
				lines = Math.max(lines, ColumnWidths.lines(header.getCell(i).getStringCellValue(), widths.width(i)));
			}
			header.setHeightInPoints(lines * LINE_HEIGHT);
		}
		printSetup(sheet, headerRow, total);
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
	static void printSetup(Sheet sheet, int headerRow, int width) {
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
