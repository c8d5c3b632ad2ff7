package org.communityops.report.excel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a report workbook, made once per workbook (Excel allows some
 * 64,000): numbers stay numbers, shown through number formats. Durations are Excel
 * durations (fractions of a day, shown {@code [h]:mm}); instants are shown as local
 * date-times of the contract's zone; rates are fractions shown as percentages.
 */
final class Styles {

	final CellStyle header;

	final CellStyle title;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle count;

	final CellStyle percent;

	final CellStyle duration;

	final CellStyle dateTime;

	final CellStyle date;

	final CellStyle pass;

	final CellStyle fail;

	final CellStyle bold;

	private final Workbook workbook;

	private final java.util.Map<java.util.Currency, CellStyle> money = new java.util.HashMap<>();

	private final java.util.Map<Sheet, ColumnWidths> widths = new java.util.IdentityHashMap<>();

	private final DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);

	Styles(Workbook workbook) {
		this.workbook = workbook;
		Font boldFont = workbook.createFont();
		boldFont.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(boldFont);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(titleFont);
		bold = workbook.createCellStyle();
		bold.setFont(boldFont);
		text = workbook.createCellStyle();
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		count = formatted("#,##0");
		percent = formatted("0.00%");
		duration = formatted("[h]:mm");
		dateTime = formatted("yyyy-mm-dd hh:mm");
		date = formatted("yyyy-mm-dd");
		pass = filled(IndexedColors.LIGHT_GREEN);
		fail = filled(IndexedColors.ROSE);
	}

	/**
	 * A number format for amounts in the currency, with its minor unit, e.g.
	 * {@code #,##0.00 "EUR"}.
	 */
	CellStyle money(java.util.Currency currency) {
		return money.computeIfAbsent(currency, this::moneyStyle);
	}

	private CellStyle moneyStyle(java.util.Currency currency) {
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		return formatted(
				"#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "") + " \"" + currency.getCurrencyCode() + "\"");
	}

	private CellStyle formatted(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private CellStyle filled(IndexedColors color) {
		CellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(color.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	/** The widths measured so far of the sheet's columns. */
	ColumnWidths widths(Sheet sheet) {
		return widths.computeIfAbsent(sheet, any -> new ColumnWidths());
	}

	/**
	 * A line of text that is not part of a table (a title, a note, a line of a policy
	 * file): it runs on over the empty cells to its right and does not widen its column.
	 */
	static Cell note(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
		return cell;
	}

	/** A text cell of a table: its column is made wide enough for it. */
	Cell text(Row row, int column, String value, CellStyle style) {
		return measured(note(row, column, value, style));
	}

	/**
	 * A number cell; a null value leaves the cell blank (e.g. a rate without items). Its
	 * column is made wide enough for the number as its format shows it.
	 */
	Cell number(Row row, int column, Number value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
		return measured(cell);
	}

	/** Measures the cell as shown once its value is set. */
	Cell measured(Cell cell) {
		widths(cell.getSheet()).cell(cell.getColumnIndex(), shown.formatCellValue(cell));
		return cell;
	}

	/** A percentage given in percent (95.5) as the fraction Excel formats (0.955). */
	Cell percent(Row row, int column, java.math.BigDecimal percentValue) {
		return number(row, column, percentValue == null ? null : percentValue.movePointLeft(2), percent);
	}

	Cell duration(Row row, int column, Duration value) {
		return number(row, column, value == null ? null : value.toNanos() / 86_400e9, duration);
	}

	Cell dateTime(Row row, int column, Instant value, ZoneId zone) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.atZone(zone).toLocalDateTime());
		}
		cell.setCellStyle(dateTime);
		return measured(cell);
	}

}
