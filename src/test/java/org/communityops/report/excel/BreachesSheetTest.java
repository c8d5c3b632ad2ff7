package org.communityops.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communityops.report.BreachedItem;
import org.junit.jupiter.api.Test;

/**
 * A Breaches sheet that would pass the last row says how many items it left out, and does
 * not fail.
 */
class BreachesSheetTest {

	@Test
	void saysHowManyBreachesDidNotFitInsteadOfFailing() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
			BreachesSheet sheet = new BreachesSheet(workbook.createSheet("Breaches"), new Styles(workbook),
					ZoneId.of("UTC"), "http://localhost:8080", 3);
			for (int i = 0; i < 5; i++) {
				sheet.accept(new BreachedItem("triage", "clock-" + i, "task-" + i, "Task_Triage", "instance-" + i,
						Instant.parse("2026-10-05T09:00:00Z"), Instant.parse("2026-10-05T11:00:00Z"), null,
						Duration.ofHours(1), "mo", null));
			}
			sheet.finish();
			workbook.write(bytes);
			workbook.dispose();
			assertThat(sheet.written()).isEqualTo(2);
			assertThat(sheet.leftOut()).isEqualTo(3);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet breaches = read.getSheet("Breaches");
			assertThat(breaches.getRow(2).getCell(2).getStringCellValue()).isEqualTo("task-1");
			assertThat(breaches.getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("3 more breached items did not fit in this sheet (Excel's limit is 1048576 rows); "
						+ "the Summary counts them all");
			assertThat(breaches.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
		}
	}

}
