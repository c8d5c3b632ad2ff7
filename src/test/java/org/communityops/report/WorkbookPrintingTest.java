package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.communityops.testing.DocImages;
import org.communityops.testing.Prerequisite;
import org.junit.jupiter.api.io.TempDir;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communityops.security.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetLineDashVal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The workbook of a busy northwind month as it prints: widths from the content, headers
 * wrapped between words, and the Trend sheet's chart on one page in a colour per target.
 */
class WorkbookPrintingTest extends ReportContext {

	private static final List<String> OKABE_ITO = List.of("E69F00", "56B4E9", "009E73", "F0E442", "0072B2", "D55E00",
			"CC79A7", "000000");

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void busyMonth() {
		BusyMonth.insertOnce(jdbc);
	}

	@Test
	void columnsAreAsWideAsTheirLongestCell() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet policy = workbook.getSheet("Policy");
			assertThat(policy.getRow(0).getCell(4).getStringCellValue()).isEqualTo("SHA-256");
			assertThat(policy.getColumnWidth(4)).as("a SHA-256 in hex").isGreaterThanOrEqualTo(64 * 256);
			XSSFSheet breaches = workbook.getSheet("Breaches");
			assertThat(breaches.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Completed (Europe/Berlin)");
			assertThat(breaches.getColumnWidth(6)).as("the zone of the header, uncut")
				.isGreaterThanOrEqualTo("(Europe/Berlin)".length() * 256);
			assertThat(breaches.getColumnWidth(3)).as("process instance ids such as busy-1234, not the old 38")
				.isLessThan(20 * 256);
		}
	}

	@Test
	void headersWrapBetweenWordsNeverInsideOne() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			for (XSSFSheet sheet : List.of(workbook.getSheet("Breaches"), workbook.getSheet("Policy"),
					workbook.getSheet("Time split"), workbook.getSheet("Trend"))) {
				Row header = sheet.getRow(0);
				for (Cell cell : header) {
					assertThat(cell.getCellStyle().getWrapText()).as(sheet.getSheetName()).isTrue();
					for (String word : cell.getStringCellValue().split("\\s+")) {
						assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as(word)
							.isGreaterThanOrEqualTo(word.length() * 256);
					}
				}
			}
			assertThat(workbook.getSheet("Breaches").getRow(0).getHeightInPoints())
				.as("room for 'Overrun (business h:mm)' on more than one line")
				.isGreaterThanOrEqualTo(30f);
		}
	}

	@Test
	void trendChartDrawsEachTargetInItsOwnColourWithItsObjectiveDashed() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet trend = workbook.getSheet("Trend");
			List<CTLineSer> series = List.of(trend.getDrawingPatriarch()
				.getCharts()
				.get(0)
				.getCTChart()
				.getPlotArea()
				.getLineChartArray(0)
				.getSerArray());
			List<String> lines = new ArrayList<>();
			List<String> objectives = new ArrayList<>();
			for (CTLineSer line : series) {
				String colour = HexFormat.of()
					.formatHex(line.getSpPr().getLn().getSolidFill().getSrgbClr().getVal())
					.toUpperCase();
				assertThat(OKABE_ITO).contains(colour);
				if (title(line.getTx()).endsWith(" objective")) {
					assertThat(line.getSpPr().getLn().getPrstDash().getVal()).isEqualTo(STPresetLineDashVal.DASH);
					objectives.add(colour);
				}
				else {
					lines.add(colour);
				}
			}
			assertThat(lines).as("triage, first response and all targets").hasSize(3).doesNotHaveDuplicates();
			assertThat(objectives).as("an objective per target, in its colour")
				.hasSize(2)
				.isSubsetOf(lines.subList(0, 2));
			assertThat(trend.getPrintSetup().getFitHeight()).as("one page").isEqualTo((short) 1);
			assertThat(trend.getPrintSetup().getLandscape()).isTrue();
		}
	}

	/**
	 * LibreOffice leaves out a series of literal values and draws a blank cell as 0%
	 * unless the chart says it is a gap: every line is drawn from the sheet's cells.
	 */
	@Test
	void trendChartDrawsEveryLineFromTheSheetAndAWeekWithoutItemsAsAGap() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet trend = workbook.getSheet("Trend");
			CTChart chart = trend.getDrawingPatriarch().getCharts().get(0).getCTChart();
			assertThat(chart.isSetDispBlanksAs() && chart.getDispBlanksAs().getVal() == STDispBlanksAs.GAP)
				.as("blank cells drawn as gaps")
				.isTrue();
			for (CTLineSer line : chart.getPlotArea().getLineChartArray(0).getSerArray()) {
				assertThat(line.getVal().isSetNumRef()).as("%s drawn from cells", title(line.getTx())).isTrue();
				assertThat(line.getTx().isSetStrRef()).as("%s titled by a header cell", title(line.getTx())).isTrue();
			}
			assertThat(chart.getPlotArea().getValAxArray(0).getScaling().getMin().getVal())
				.as("the scale from 10 points below the lowest rate (91.25%), as in the PDF")
				.isEqualTo(0.8);
			Row header = trend.getRow(0);
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("triage objective");
			assertThat(trend.getRow(1).getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType())
				.as("the week of 27 July, before the period")
				.isEqualTo(CellType.BLANK);
			assertThat(trend.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.95);
		}
	}

	/**
	 * As an account manager prints it: LibreOffice Calc (Debian's
	 * {@code libreoffice-calc-nogui}, which {@code .ci/run} installs) converts the
	 * workbook to PDF with every sheet's page setup.
	 */
	@Test
	void printsOnAtMostTenPagesInLibreOffice(@TempDir Path folder) throws Exception {
		File soffice = new File(System.getProperty("communityops.test.soffice", "/usr/bin/soffice"));
		if (!soffice.canExecute()) {
			throw Prerequisite.missing("No " + soffice + " to print the workbook: install Debian's "
					+ "libreoffice-calc-nogui (.ci/run does), or set -Dcommunityops.test.soffice=<path>");
		}
		Path workbook = folder.resolve("northwind.xlsx");
		Files.write(workbook, download());
		Process print = new ProcessBuilder(soffice.getPath(),
				"-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", folder.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("soffice.log").toFile())
			.start();
		assertThat(print.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
		try (PDDocument printed = Loader.loadPDF(folder.resolve("northwind.pdf").toFile())) {
			assertThat(printed.getNumberOfPages()).as("pages of the printed workbook").isBetween(4, 10);
			assertThat(PdfPages.text(printed, 1, 1)).as("the Summary, whole on the first page")
				.contains("Compliance report: Northwind", "Credit owed");
			DocImages.page(printed, 1, "report-xlsx-summary");
			DocImages.page(printed, PdfPages.pageWith(printed, "Week of"), "report-xlsx-trend");
		}
	}

	private static String title(CTSerTx tx) {
		return tx.isSetV() ? tx.getV() : tx.getStrRef().getStrCache().getPtArray(0).getV();
	}

	private XSSFWorkbook workbook() throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(download()));
	}

	private byte[] download() {
		return Logins.admin(http)
			.getForEntity("/api/reports/compliance?client=northwind&period=" + BusyMonth.PERIOD + "&format=xlsx",
					byte[].class)
			.getBody();
	}

}
