package org.communityops.report.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.communityops.report.chart.TrendChart;

/**
 * How the PDF writes figures, the same way the workbook shows them: instants as local
 * times in the contract's zone, business durations as {@code h:mm}, rates with two
 * decimals; called by the template as {@code ${text.when(...)}}.
 */
public final class PdfText {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	PdfText(ZoneId zone) {
		this.zone = zone;
	}

	public String when(Instant instant) {
		return instant == null ? "" : LOCAL.format(instant.atZone(zone));
	}

	public String hours(Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = duration.toMinutes();
		return String.format("%d:%02d", minutes / 60, minutes % 60);
	}

	public String percent(BigDecimal rate) {
		return rate == null ? "n/a" : rate.toPlainString() + "%";
	}

	public String colour(int index) {
		return TrendChart.colour(index);
	}

}
