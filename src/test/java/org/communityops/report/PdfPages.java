package org.communityops.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a report's PDF as a reader finds it: by page. */
final class PdfPages {

	private PdfPages() {
	}

	/** The text of pages {@code first} to {@code last}, 1 being the first. */
	static String text(PDDocument pdf, int first, int last) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(first);
		stripper.setEndPage(last);
		return stripper.getText(pdf);
	}

	/** The first page that says the text, 1 being the first. */
	static int pageWith(PDDocument pdf, String text) throws IOException {
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			if (text(pdf, page, page).contains(text)) {
				return page;
			}
		}
		throw new AssertionError("No page says " + text);
	}

}
