package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.communityops.security.Logins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The workbook of the fixture's October, downloaded over HTTP and read back with POI. */
class ComplianceWorkbookTest extends ReportContext {

	@Autowired
	TestRestTemplate http;

	@Test
	void isDownloadedAsAnXlsxAttachmentNamedAfterClientAndPeriod() {
		ResponseEntity<byte[]> response = download();

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType())
			.hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("compliance-acme-2026-10.xlsx");
		assertThat(response.getHeaders().getContentLength()).isEqualTo(response.getBody().length);
	}

	@Test
	void summaryHasANumberRowPerTargetPassFailFormattingAndTheCappedCredit() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			assertThat(workbook).extracting(sheet -> sheet.getSheetName())
				.containsExactly("Summary", "Breaches", "Trend", "Time split", "Policy");
			XSSFSheet summary = workbook.getSheet("Summary");
			Row firstResponse = summary.getRow(6);
			assertThat(firstResponse.getCell(0).getStringCellValue()).isEqualTo("first-response");
			assertThat(firstResponse.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(firstResponse.getCell(3).getNumericCellValue()).isEqualTo(6);
			assertThat(firstResponse.getCell(8).getNumericCellValue()).isEqualTo(0.5);
			assertThat(firstResponse.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(firstResponse.getCell(9).getStringCellValue()).isEqualTo("fail");
			assertThat(firstResponse.getCell(9).getCellStyle().getFillForegroundColor())
				.isNotEqualTo(summary.getRow(9).getCell(9).getCellStyle().getFillForegroundColor());
			assertThat(firstResponse.getCell(10).getNumericCellValue()).isEqualTo(3 / 24.0);
			assertThat(firstResponse.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm");
			assertThat(firstResponse.getCell(13).getNumericCellValue()).isEqualTo(1000.0);
			assertThat(firstResponse.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");
			Row owed = rowLabelled(summary, "Credit owed");
			assertThat(owed.getCell(12).getNumericCellValue()).isEqualTo(0.2);
			assertThat(owed.getCell(13).getNumericCellValue()).isEqualTo(2000.0);
			assertThat(rowLabelled(summary, "Credit cap").getCell(1).getStringCellValue()).startsWith("reached");
			assertTable(summary, 6, "A6:N10");
		}
	}

	@Test
	void everySheetPrintsOnePageWideOnA4WithItsHeaderRowRepeated() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName())
					.isEqualTo((short) (sheet.getSheetName().equals("Trend") ? 1 : 0));
				assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
				assertThat(sheet.getMargin(PageMargin.LEFT)).isEqualTo(0.4);
			}
			assertThat(workbook.getSheet("Breaches").getPrintSetup().getLandscape()).isTrue();
			assertThat(workbook.getSheet("Summary").getRepeatingRows().getFirstRow()).isEqualTo(5);
			assertThat(workbook.getSheet("Breaches").getRepeatingRows().getFirstRow()).isZero();
		}
	}

	@Test
	void breachesListEveryBreachedItemWithTimesOverrunHolderAndCockpitLink() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet breaches = workbook.getSheet("Breaches");
			assertThat(breaches.getLastRowNum()).isEqualTo(5);
			Row first = breaches.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("triage");
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Task_Triage");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("instance-T2");
			assertThat(first.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 6, 11, 0));
			assertThat(first.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 6, 12, 0));
			assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(1 / 24.0);
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("mo");
			assertThat(first.getCell(9).getCellFormula()).isEqualTo(
					"HYPERLINK(\"https://ops.example.com/camunda/app/cockpit/default/#/process-instance/instance-T2\",\"open\")");
			Row stillOpen = breaches.getRow(4);
			assertThat(stillOpen.getCell(2).getStringCellValue()).isEqualTo("task-FR5");
			assertThat(stillOpen.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(breaches.getRow(3).getCell(1).getStringCellValue()).isEqualTo("(journey)");
			assertThat(breaches.getRow(3).getCell(8).getStringCellValue()).isEqualTo("(unassigned)");
			assertTable(breaches, 1, "A1:K6");
		}
	}

	@Test
	void trendHasAWeekPerRowAndANativeLineChartOfThem() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet trend = workbook.getSheet("Trend");
			assertThat(trend.getRow(0).getCell(5).getStringCellValue()).isEqualTo("All targets");
			assertThat(trend.getRow(2).getCell(0).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-10-05");
			assertThat(trend.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.6666);
			assertThat(trend.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(trend.getDrawingPatriarch().getCharts()).singleElement().satisfies(chart -> {
				assertThat(chart.getTitleText().getString()).isEqualTo("Compliance per week");
				assertThat(chart.getChartSeries()).singleElement()
					.satisfies(lines -> assertThat(lines.getSeriesCount()).as("4 targets, 3 objectives and all targets")
						.isEqualTo(8));
				assertThat(chart.getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
			});
			assertTable(trend, 1, "A1:I6");
		}
	}

	@Test
	void timeSplitAndPolicySheetsHoldTheSplitAndTheFullPolicyText() throws IOException {
		try (XSSFWorkbook workbook = workbook()) {
			XSSFSheet split = workbook.getSheet("Time split");
			assertThat(split.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(33.5 / 24);
			assertThat(split.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.5 / 24);
			assertThat(rowLabelled(split, "All targets").getCell(2).getNumericCellValue()).isEqualTo(34.5 / 24);
			XSSFSheet policy = workbook.getSheet("Policy");
			assertThat(policy.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(policy.getRow(1).getCell(5).getStringCellValue()).isEqualTo("yes");
			assertThat(rowLabelled(policy, "client: acme")).isNotNull();
			assertThat(rowLabelled(policy, "  credit-cap: 20%")).isNotNull();
		}
	}

	private ResponseEntity<byte[]> download() {
		return Logins.admin(http)
			.getForEntity("/api/reports/compliance?client=acme&period=2026-10&format=xlsx", byte[].class);
	}

	private XSSFWorkbook workbook() throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(download().getBody()));
	}

	/**
	 * Frozen below the header, auto-filter over the table, widths set from the content.
	 */
	private static void assertTable(XSSFSheet sheet, int frozenRows, String filtered) {
		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) frozenRows);
		assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filtered);
		assertThat(sheet.getColumnWidth(0)).as("measured, not Excel's default of 8").isGreaterThan(8 * 256);
	}

	private static Row rowLabelled(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("No row labelled '" + label + "' in " + sheet.getSheetName());
	}

}
