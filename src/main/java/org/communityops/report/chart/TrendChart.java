package org.communityops.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.communityops.report.chart.Trend.Series;
import org.springframework.web.util.HtmlUtils;

/**
 * A trend as an SVG line chart: one colour and one marker shape per target (the Okabe-Ito
 * palette, told apart by colour-blind readers too), its objective as a dashed line of the
 * same colour, from a floor below the lowest rate up to 100%, the points in time across.
 * A series without points draws nothing. Each series is a group
 * ({@code <g class="series" data-target="...">}) holding its objective, line and markers.
 */
public final class TrendChart {

	static final String[] COLOURS = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000" };

	private static final int WIDTH = 700;

	private static final int HEIGHT = 260;

	private static final int LEFT = 44;

	private static final int RIGHT = 40;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	private TrendChart() {
	}

	/** A target's colour, by its place among the trend's series. */
	public static String colour(int index) {
		return COLOURS[index % COLOURS.length];
	}

	public static String svg(Trend trend) {
		List<String> labels = trend.labels();
		int floor = trend.floor();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" font-family=\"Helvetica\" font-size=\"10\">");
		int step = floor >= 80 ? 5 : floor >= 50 ? 10 : 25;
		for (int percent = floor; percent <= 100; percent += step) {
			double y = y(BigDecimal.valueOf(percent), floor);
			svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#dddddd", null));
			svg.append(text(LEFT - 6, y + 3, percent + "%", "end"));
		}
		for (int at = 0; at < labels.size(); at++) {
			svg.append(text(x(at, labels.size()), HEIGHT - BOTTOM + 16, labels.get(at), "middle"));
		}
		List<Series> series = trend.series();
		for (int index = 0; index < series.size(); index++) {
			Series target = series.get(index);
			if (!target.drawn()) {
				continue;
			}
			String colour = colour(index);
			svg.append("<g class=\"series\" data-target=\"").append(HtmlUtils.htmlEscape(target.id())).append("\">");
			if (target.objective() != null) {
				double y = y(target.objective(), floor);
				svg.append(line(LEFT, y, WIDTH - RIGHT, y, colour, "6 4"));
			}
			List<double[]> points = new ArrayList<>();
			for (int at = 0; at < labels.size(); at++) {
				BigDecimal rate = target.rates().get(at);
				if (rate != null) {
					points.add(new double[] { x(at, labels.size()), y(rate, floor) });
				}
			}
			svg.append(polyline(points, colour));
			for (double[] point : points) {
				svg.append(marker(index, point[0], point[1], colour));
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	private static double x(int at, int points) {
		double span = WIDTH - LEFT - RIGHT - 40;
		return LEFT + 20 + (points <= 1 ? span / 2 : span * at / (points - 1));
	}

	private static double y(BigDecimal percent, int floor) {
		double share = (Math.max(floor, Math.min(100, percent.doubleValue())) - floor) / (100.0 - floor);
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - share);
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, String dashes) {
		return String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"%s/>", x1, y1,
				x2, y2, colour, dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"");
	}

	private static String polyline(List<double[]> points, String colour) {
		StringBuilder at = new StringBuilder();
		points.forEach(point -> at.append(String.format(Locale.ROOT, "%.1f,%.1f ", point[0], point[1])));
		return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + at.toString().trim()
				+ "\"/>";
	}

	/** A circle, square, triangle or diamond, by the target's place. */
	private static String marker(int index, double x, double y, String colour) {
		return switch (index % 4) {
			case 0 ->
				String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>", x, y, colour);
			case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"%s\"/>",
					x - 3.5, y - 3.5, colour);
			case 2 -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>", x,
					y - 4.5, x - 4, y + 3, x + 4, y + 3, colour);
			default ->
				String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
						x, y - 4.5, x + 4.5, y, x, y + 4.5, x - 4.5, y, colour);
		};
	}

	private static String text(double x, double y, String text, String anchor) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#444444\">%s</text>",
				x, y, anchor, HtmlUtils.htmlEscape(text));
	}

}
