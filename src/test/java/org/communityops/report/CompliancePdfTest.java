package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.report.PdfPages.pageWith;
import static org.communityops.report.PdfPages.text;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.communityops.security.Logins;
import org.communityops.testing.DocImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The PDF report of a busy northwind month (2,000 items, 100 breaches), downloaded over
 * HTTP and read back with PDFBox: a few pages, the summary the client reads first, the
 * trend chart in each target's colour, every breach, and the policy without the agency's
 * comments. The tests draw the cover and the chart into docs/images for docs/reports.md.
 */
class CompliancePdfTest extends ReportContext {

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void busyMonth() {
		BusyMonth.insertOnce(jdbc);
	}

	@Test
	void isDownloadedAsAPdfAttachmentNamedAfterClientAndPeriod() {
		ResponseEntity<byte[]> response = download();

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(response.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("compliance-northwind-2026-08.pdf");
		assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aBusyMonthFitsOnAFewPagesWithTheSummaryFirst() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(download().getBody())) {
			assertThat(pdf.getNumberOfPages()).isBetween(2, 8);
			String cover = text(pdf, 1, 1);
			assertThat(cover).contains("Northwind Traders community", "Compliance report for 2026-08",
					"2026-08-01 to 2026-08-31", "Europe/Berlin", "NW-2026", "Objectives missed: 1 of",
					"Service credit owed", "EUR 360.00", "Items due", "2000 (1900 met, 100 breached");
			String all = text(pdf, 1, pdf.getNumberOfPages());
			assertThat(all).contains("Flagged posts and member questions triaged", "93.00%", "97.00%", "fail", "pass",
					"Compliance by week", "Who held the items", "Breaches (100)");
			assertThat(all.split("busy-", -1)).as("a row per breach, each naming its process instance").hasSize(101);
			DocImages.page(pdf, 1, "report-pdf-cover");
		}
	}

	@Test
	void drawsTheTrendInOneDistinctColourPerTarget() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(download().getBody())) {
			int page = pageWith(pdf, "Compliance by week");
			BufferedImage chart = new PDFRenderer(pdf).renderImageWithDPI(page - 1, 100);
			assertThat(pixels(chart, 0x0072B2)).as("pixels of the first target's blue").isGreaterThan(400);
			assertThat(pixels(chart, 0xD55E00)).as("pixels of the second target's vermilion").isGreaterThan(400);
			DocImages.page(pdf, page, "report-pdf-trend");
		}
	}

	@Test
	void showsTheClientThePolicyItWasJudgedByWithoutTheAgencysComments() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(download("&edition=client").getBody())) {
			String all = text(pdf, 1, pdf.getNumberOfPages());
			assertThat(all).contains("The policy the period was judged by", "Version 1", "zone: Europe/Berlin",
					"mon-fri: [\"08:00-18:00\"]");
			assertThat(all).doesNotContain("the Saturday shift", "yaml-language-server", "Berlin's public holidays");
		}
	}

	@Test
	void showsTheAgencyThePolicyTextAsLoadedWithItsComments() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(download().getBody())) {
			assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains("The policy the period was judged by",
					"the Saturday shift", "Berlin's public holidays");
		}
	}

	@Test
	void aPortfolioStartsWithAnOverviewAndHasEachClientsReport() throws IOException {
		ResponseEntity<byte[]> response = Logins.admin(http)
			.getForEntity("/api/reports/portfolio?period=" + BusyMonth.PERIOD + "&format=pdf", byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
			assertThat(text(pdf, 1, 1)).contains("Compliance reports", "Northwind Traders community", "EUR 360.00");
			assertThat(text(pdf, 2, pdf.getNumberOfPages())).contains("Compliance report for 2026-08",
					"Breaches (100)");
		}
	}

	private ResponseEntity<byte[]> download() {
		return download("");
	}

	private ResponseEntity<byte[]> download(String edition) {
		return Logins.admin(http)
			.getForEntity(
					"/api/reports/compliance?client=northwind&period=" + BusyMonth.PERIOD + "&format=pdf" + edition,
					byte[].class);
	}

	/** Pixels within a small distance of {@code rgb}, anti-aliasing aside. */
	private static int pixels(BufferedImage image, int rgb) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int pixel = image.getRGB(x, y);
				int distance = Math.abs((pixel >> 16 & 0xff) - (rgb >> 16 & 0xff))
						+ Math.abs((pixel >> 8 & 0xff) - (rgb >> 8 & 0xff)) + Math.abs((pixel & 0xff) - (rgb & 0xff));
				count += distance < 40 ? 1 : 0;
			}
		}
		return count;
	}

}
