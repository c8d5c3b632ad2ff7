package org.communityops.sla.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The closed dates of a calendar as one bit per day, loaded lazily per year and cached;
 * the last year used is kept at hand so a lookup is a range check and a bit test.
 */
final class ClosedDays {

	private final ClosedDates source;

	private final Map<Integer, Year> years = new ConcurrentHashMap<>();

	private volatile Year last = new Year(0, 0, new long[0]);

	ClosedDays(ClosedDates source) {
		this.source = source;
	}

	boolean isClosed(long epochDay) {
		Year year = last;
		if (epochDay < year.firstDay || epochDay >= year.endDay) {
			year = years.computeIfAbsent(LocalDate.ofEpochDay(epochDay).getYear(), this::load);
			last = year;
		}
		int index = (int) (epochDay - year.firstDay);
		return (year.bits[index >>> 6] & (1L << index)) != 0;
	}

	private Year load(int year) {
		long firstDay = LocalDate.of(year, 1, 1).toEpochDay();
		long endDay = LocalDate.of(year + 1, 1, 1).toEpochDay();
		long[] bits = new long[6];
		// a holiday observed on another day may be listed under the neighbouring year
		for (int listed = year - 1; listed <= year + 1; listed++) {
			for (LocalDate date : source.in(listed)) {
				long day = date.toEpochDay();
				if (day >= firstDay && day < endDay) {
					int index = (int) (day - firstDay);
					bits[index >>> 6] |= 1L << index;
				}
			}
		}
		return new Year(firstDay, endDay, bits);
	}

	@Override
	public String toString() {
		return source.toString();
	}

	private record Year(long firstDay, long endDay, long[] bits) {
	}

}
