package org.communityops.report.excel;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TrendWeek;
import org.communityops.report.chart.Trend;

/**
 * The native line chart of the Trend sheet, beside its table: a line per target in a
 * colour of its own from the Okabe-Ito palette (told apart by colour-blind readers too,
 * in the order the PDF's chart uses, so a target has the same colour in both), its
 * objective as a dashed line of the same colour, and all targets together in black; every
 * line drawn from the sheet's cells (LibreOffice leaves out literal series) and a week
 * without items a gap rather than 0%; the scale starts where the PDF's does. The chart
 * has a set size, columns of set widths and rows of the default height, so that with the
 * table it fills one landscape page once fitted.
 */
final class WeeklyChart {

	/** The targets' colours; yellow last, as it is the faintest on white paper. */
	static final List<String> COLOURS = List.of("0072B2", "D55E00", "009E73", "CC79A7", "E69F00", "56B4E9", "F0E442");

	static final String ALL = "000000";

	private static final int COLUMNS = 10;

	private static final int COLUMN_WIDTH = 11;

	/** The chart's width in characters. */
	static final int WIDTH = COLUMNS * COLUMN_WIDTH;

	private static final int ROWS = 25;

	private WeeklyChart() {
	}

	/**
	 * @param charted the targets of the sheet's columns 1 to n, all targets in column n+1
	 * @param objectives those of them with an objective, in columns n+2 onwards
	 */
	static void draw(SXSSFWorkbook workbook, SXSSFSheet sheet, ComplianceReport report, List<TargetLine> charted,
			List<TargetLine> objectives) {
		String name = sheet.getSheetName();
		int first = charted.size() + objectives.size() + 3;
		for (int c = first; c < first + COLUMNS; c++) {
			sheet.setColumnWidth(c, COLUMN_WIDTH * 256);
		}
		XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(name).createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, first, 0, first + COLUMNS, ROWS));
		chart.setTitleText("Compliance per week");
		chart.setTitleOverlay(false);
		chart.displayBlanksAs(DisplayBlanks.GAP);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis weeksAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		weeksAxis.setTitle("Week of");
		XDDFValueAxis rates = chart.createValueAxis(AxisPosition.LEFT);
		rates.setMinimum(Trend.weeksOf(report).floor() / 100.0);
		rates.setMaximum(1);
		rates.setNumberFormat("0%");
		rates.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weeksAxis, rates);
		List<TrendWeek> weeks = report.trend();
		Column columns = new Column(name, Math.max(1, weeks.size()));
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
				weeks.stream().map(week -> week.weekStart().toString()).toArray(String[]::new), columns.range(0));
		for (int t = 0; t < charted.size(); t++) {
			TargetLine target = charted.get(t);
			line(data, categories, columns.of(weeks, t + 1, week -> week.byTarget().get(target.id())),
					colour(report, target), false)
				.setTitle(target.id(), columns.header(t + 1));
		}
		line(data, categories, columns.of(weeks, charted.size() + 1, TrendWeek::all), ALL, false)
			.setTitle("All targets", columns.header(charted.size() + 1));
		for (int o = 0; o < objectives.size(); o++) {
			TargetLine target = objectives.get(o);
			int column = charted.size() + 2 + o;
			line(data, categories, columns.of(weeks, column, week -> target.objective()), colour(report, target), true)
				.setTitle(target.id() + " objective", columns.header(column));
		}
		chart.plot(data);
	}

	private static String colour(ComplianceReport report, TargetLine target) {
		return COLOURS.get(report.targets().indexOf(target) % COLOURS.size());
	}

	/**
	 * The sheet's columns as a chart refers to them: the header row, then a row per week.
	 */
	private record Column(String sheet, int last) {

		String range(int column) {
			return new CellRangeAddress(1, last, column, column).formatAsString(sheet, true);
		}

		CellReference header(int column) {
			return new CellReference(sheet, 0, column, true, true);
		}

		XDDFNumericalDataSource<Double> of(List<TrendWeek> weeks, int column, Function<TrendWeek, BigDecimal> value) {
			Double[] values = weeks.stream().map(value).map(WeeklyChart::fraction).toArray(Double[]::new);
			return XDDFDataSourcesFactory.fromArray(values, range(column));
		}

	}

	private static XDDFLineChartData.Series line(XDDFLineChartData data, XDDFCategoryDataSource categories,
			XDDFNumericalDataSource<Double> values, String colour, boolean objective) {
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
		series.setSmooth(false);
		XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(colour)));
		XDDFLineProperties stroke = new XDDFLineProperties(fill);
		stroke.setWidth(objective ? 1.5 : 2.25);
		if (objective) {
			stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
		}
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setLineProperties(stroke);
		series.setShapeProperties(shape);
		series.setMarkerStyle(objective ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
		if (!objective) {
			XDDFShapeProperties marker = new XDDFShapeProperties(series.getCTLineSer().getMarker().addNewSpPr());
			marker.setFillProperties(fill);
			marker.setLineProperties(new XDDFLineProperties(fill));
		}
		return series;
	}

	private static Double fraction(BigDecimal percent) {
		return percent == null ? null : percent.movePointLeft(2).doubleValue();
	}

}
