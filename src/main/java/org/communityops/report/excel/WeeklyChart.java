package org.communityops.report.excel;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;

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

/**
 * The native line chart of the Trend sheet, beside its table: a line per target in a
 * colour of its own from the Okabe-Ito palette (told apart by colour-blind readers too,
 * in the order the PDF's chart uses, so a target has the same colour in both), its
 * objective as a dashed line of the same colour, and all targets together in black. The
 * chart has a set size, columns of set widths and rows of the default height, so that
 * with the table it fills one landscape page once fitted.
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

	static void draw(SXSSFWorkbook workbook, SXSSFSheet sheet, ComplianceReport report, List<TargetLine> charted) {
		String name = sheet.getSheetName();
		int first = charted.size() + 3;
		for (int c = first; c < first + COLUMNS; c++) {
			sheet.setColumnWidth(c, COLUMN_WIDTH * 256);
		}
		XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(name).createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, first, 0, first + COLUMNS, ROWS));
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
		List<TrendWeek> weeks = report.trend();
		int last = Math.max(1, weeks.size());
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
				weeks.stream().map(week -> week.weekStart().toString()).toArray(String[]::new),
				new CellRangeAddress(1, last, 0, 0).formatAsString(name, true));
		for (int t = 0; t < charted.size(); t++) {
			TargetLine target = charted.get(t);
			String colour = COLOURS.get(report.targets().indexOf(target) % COLOURS.size());
			Double[] values = weeks.stream()
				.map(week -> fraction(week.byTarget().get(target.id())))
				.toArray(Double[]::new);
			line(data, categories,
					XDDFDataSourcesFactory.fromArray(values,
							new CellRangeAddress(1, last, t + 1, t + 1).formatAsString(name, true)),
					colour, false)
				.setTitle(target.id(), new CellReference(name, 0, t + 1, true, true));
			if (target.objective() != null) {
				Double[] objective = weeks.stream().map(week -> fraction(target.objective())).toArray(Double[]::new);
				line(data, categories, XDDFDataSourcesFactory.fromArray(objective), colour, true)
					.setTitle(target.id() + " objective", null);
			}
		}
		Double[] all = weeks.stream().map(week -> fraction(week.all())).toArray(Double[]::new);
		line(data, categories,
				XDDFDataSourcesFactory.fromArray(all,
						new CellRangeAddress(1, last, charted.size() + 1, charted.size() + 1).formatAsString(name,
								true)),
				ALL, false)
			.setTitle("All targets", new CellReference(name, 0, charted.size() + 1, true, true));
		chart.plot(data);
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
