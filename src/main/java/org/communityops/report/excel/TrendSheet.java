package org.communityops.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TrendWeek;
import org.communityops.report.excel.Tables.Column;

/**
 * The Trend sheet: compliance per week (a column per target with met or breached items,
 * and all targets together), and a native Excel line chart of those columns. A week
 * without such items is a blank cell, a gap in its line.
 */
final class TrendSheet {

	private TrendSheet() {
	}

	static void write(SXSSFWorkbook workbook, SXSSFSheet sheet, ComplianceReport report, Styles styles) {
		List<TargetLine> charted = report.targets().stream().filter(line -> line.complianceRate() != null).toList();
		List<Column> columns = new ArrayList<>(List.of(new Column("Week of (Monday)", 14)));
		charted.forEach(line -> columns.add(new Column(line.id(), 14)));
		columns.add(new Column("All targets", 14));
		Tables.header(sheet, 0, columns, styles);
		List<TrendWeek> weeks = report.trend();
		for (int w = 0; w < weeks.size(); w++) {
			TrendWeek week = weeks.get(w);
			Row row = sheet.createRow(w + 1);
			Styles.number(row, 0, null, styles.date).setCellValue(week.weekStart());
			for (int t = 0; t < charted.size(); t++) {
				styles.percent(row, t + 1, week.byTarget().get(charted.get(t).id()));
			}
			styles.percent(row, charted.size() + 1, week.all());
		}
		Tables.filter(sheet, 0, weeks.size(), columns.size());
		chart(workbook, sheet, weeks, columns);
	}

	private static void chart(SXSSFWorkbook workbook, SXSSFSheet sheet, List<TrendWeek> weeks, List<Column> columns) {
		String name = sheet.getSheetName();
		XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(name).createDrawingPatriarch();
		XSSFChart chart = drawing
			.createChart(drawing.createAnchor(0, 0, 0, 0, columns.size() + 1, 1, columns.size() + 11, 22));
		chart.setTitleText("Compliance per week");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis weeksAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		weeksAxis.setTitle("Week of");
		XDDFValueAxis rates = chart.createValueAxis(AxisPosition.LEFT);
		rates.setMinimum(0);
		rates.setMaximum(1);
		rates.setNumberFormat("0%");
		rates.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weeksAxis, rates);
		int last = Math.max(1, weeks.size());
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
				weeks.stream().map(week -> week.weekStart().toString()).toArray(String[]::new),
				new CellRangeAddress(1, last, 0, 0).formatAsString(name, true));
		for (int c = 1; c < columns.size(); c++) {
			Double[] values = new Double[weeks.size()];
			for (int w = 0; w < weeks.size(); w++) {
				TrendWeek week = weeks.get(w);
				BigDecimal rate = c == columns.size() - 1 ? week.all() : week.byTarget().get(columns.get(c).header());
				values[w] = rate == null ? null : rate.movePointLeft(2).doubleValue();
			}
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
					XDDFDataSourcesFactory.fromArray(values,
							new CellRangeAddress(1, last, c, c).formatAsString(name, true)));
			series.setTitle(columns.get(c).header(), new CellReference(name, 0, c, true, true));
			series.setSmooth(false);
			series.setMarkerStyle(MarkerStyle.CIRCLE);
		}
		chart.plot(data);
	}

}
