package org.communityops.report.excel;

import java.util.Arrays;

/**
 * The widths of a sheet's columns, in characters, measured from the cells as they are
 * written: the sheet is streamed, so the rows are gone by the time the widths are set,
 * and POI's auto-size, which measures with the fonts, sees only the rows in memory. A
 * column is as wide as its longest cell, at least as wide as the longest word of its
 * header (the header wraps between words, never inside one), within {@link #MIN} and
 * {@link #MAX}.
 */
final class ColumnWidths {

	static final int MIN = 5;

	/**
	 * Wide enough for a SHA-256 in hex (64 characters), not so wide as to dwarf the rest.
	 */
	static final int MAX = 70;

	/** Bold header text is wider than the digits Excel measures columns in. */
	private static final double BOLD = 1.1;

	private int[] content = new int[0];

	private int[] header = new int[0];

	void header(int column, String text) {
		header = grown(header, column);
		for (String word : text.split("\\s+")) {
			header[column] = Math.max(header[column], (int) Math.ceil(word.length() * BOLD) + 1);
		}
	}

	void cell(int column, String shown) {
		content = grown(content, column);
		for (String line : shown.split("\n", -1)) {
			content[column] = Math.max(content[column], line.length() + 1);
		}
	}

	int columns() {
		return Math.max(content.length, header.length);
	}

	/** The width of the column in characters. */
	int width(int column) {
		int measured = Math.max(column < content.length ? content[column] : 0,
				column < header.length ? header[column] : 0);
		return Math.max(MIN, Math.min(MAX, measured));
	}

	/** The lines the header takes when wrapped between words at {@code width}. */
	static int lines(String header, int width) {
		int lines = 1;
		int used = 0;
		for (String word : header.split("\\s+")) {
			int length = (int) Math.ceil(word.length() * BOLD);
			if (used > 0 && used + 1 + length > width - 1) {
				lines++;
				used = length;
			}
			else {
				used += (used > 0 ? 1 : 0) + length;
			}
		}
		return lines;
	}

	private static int[] grown(int[] widths, int column) {
		return column < widths.length ? widths : Arrays.copyOf(widths, column + 1);
	}

}
