package org.communityops.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TrendWeek;

/**
 * The Trend sheet: compliance per week (a column per target with met or breached items,
 * all targets together, then each of those targets' objective, the same every week), and
 * a native Excel line chart of those columns beside it ({@link WeeklyChart}). A week
 * without such items is a blank cell, a gap in its line. The sheet prints on one page:
 * the table is a quarter's weeks at most.
 */
final class TrendSheet {

	private TrendSheet() {
	}

	static void write(SXSSFWorkbook workbook, SXSSFSheet sheet, ComplianceReport report, Styles styles) {
		List<TargetLine> charted = report.targets().stream().filter(line -> line.complianceRate() != null).toList();
		List<String> columns = new ArrayList<>(List.of("Week of (Monday)"));
		charted.forEach(line -> columns.add(line.id()));
		columns.add("All targets");
		List<TargetLine> objectives = charted.stream().filter(line -> line.objective() != null).toList();
		objectives.forEach(line -> columns.add(line.id() + " objective"));
		Tables.header(sheet, 0, columns, styles);
		List<TrendWeek> weeks = report.trend();
		for (int w = 0; w < weeks.size(); w++) {
			TrendWeek week = weeks.get(w);
			Row row = sheet.createRow(w + 1);
			Cell monday = row.createCell(0);
			monday.setCellValue(week.weekStart());
			monday.setCellStyle(styles.date);
			styles.measured(monday);
			for (int t = 0; t < charted.size(); t++) {
				styles.percent(row, t + 1, week.byTarget().get(charted.get(t).id()));
			}
			styles.percent(row, charted.size() + 1, week.all());
			for (int o = 0; o < objectives.size(); o++) {
				styles.percent(row, charted.size() + 2 + o, objectives.get(o).objective());
			}
		}
		Tables.filter(sheet, 0, weeks.size(), columns.size());
		Tables.fit(sheet, 0, styles, WeeklyChart.WIDTH + 1);
		WeeklyChart.draw(workbook, sheet, report, charted, objectives);
		sheet.getPrintSetup().setFitHeight((short) 1);
	}

}
