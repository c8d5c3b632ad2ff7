package org.communityops.sla.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;

/**
 * Open hours given by weekly local time ranges in a zone, closed on holidays. Each range
 * of each open date becomes the instants
 * {@code [ZonedDateTime.of(date, start, zone), ZonedDateTime.of(date, end, zone))}, empty
 * when the start does not come before the end. The ranges are kept per weekday as nanos
 * of the day, and walked day by day; within a day the intervals are sorted and merged,
 * across days they are assumed to come in order, which holds unless a DST gap crosses
 * local midnight (historic oddities such as Samoa skipping 2011-12-30).
 */
final class WeeklyOpenHours implements OpenHours {

	private final WeeklyHours hours;

	private final LocalTimeline timeline;

	private final ClosedDays closedDays;

	/**
	 * Per ISO weekday index (Monday = 0): start and end nanos of the day of each range.
	 */
	private final long[][] starts = new long[7][];

	private final long[][] ends = new long[7][];

	private final int maxRangesPerDay;

	WeeklyOpenHours(ZoneId zone, WeeklyHours hours, ClosedDates closedDates) {
		this.hours = hours;
		this.timeline = new LocalTimeline(zone);
		this.closedDays = new ClosedDays(closedDates);
		int max = 0;
		for (DayOfWeek day : DayOfWeek.values()) {
			List<TimeRange> ranges = hours.on(day);
			starts[day.ordinal()] = ranges.stream().mapToLong(TimeRange::startNanoOfDay).toArray();
			ends[day.ordinal()] = ranges.stream().mapToLong(TimeRange::endNanoOfDay).toArray();
			max = Math.max(max, ranges.size());
		}
		this.maxRangesPerDay = max;
	}

	@Override
	public OpenIntervals between(long start, long limit) {
		// a day's intervals lie within a day of its local dates, give or take a DST gap:
		// look one day further out
		long firstDay = timeline.localEpochDay(start) - 1;
		long lastDay = start >= limit ? firstDay - 1 : timeline.localEpochDay(limit) + 1;
		return new Cursor(start, limit, firstDay, lastDay);
	}

	@Override
	public boolean isEverOpen() {
		return maxRangesPerDay > 0;
	}

	@Override
	public String toString() {
		return hours + " in " + timeline + ", closed on " + closedDays;
	}

	private final class Cursor extends OpenIntervals {

		private final long limit;

		private final long lastDay;

		/** The intervals of the current day, as start/end pairs sorted by start. */
		private final long[] day = new long[2 * maxRangesPerDay];

		private int size;

		private int position;

		private long nextDay;

		/**
		 * Everything before this instant has been handed out already (or lies before the
		 * start).
		 */
		private long covered;

		Cursor(long start, long limit, long firstDay, long lastDay) {
			this.limit = limit;
			this.lastDay = lastDay;
			this.nextDay = firstDay;
			this.covered = start;
		}

		@Override
		boolean next() {
			while (true) {
				while (position < size) {
					long a = Math.max(day[2 * position], covered);
					long b = Math.min(day[2 * position + 1], limit);
					position++;
					if (a < b) {
						from = a;
						to = b;
						covered = b;
						return true;
					}
				}
				if (!loadNextOpenDay()) {
					return false;
				}
			}
		}

		private boolean loadNextOpenDay() {
			while (nextDay <= lastDay) {
				long epochDay = nextDay++;
				int weekday = (int) Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a
																	// Thursday
				long[] dayStarts = starts[weekday];
				if (dayStarts.length == 0 || closedDays.isClosed(epochDay)) {
					continue;
				}
				long[] dayEnds = ends[weekday];
				long midnight = epochDay * TimeRange.NANOS_PER_DAY;
				size = 0;
				position = 0;
				for (int i = 0; i < dayStarts.length; i++) {
					long a = timeline.toEpochNanos(midnight + dayStarts[i]);
					long b = timeline.toEpochNanos(midnight + dayEnds[i]);
					if (a < b) {
						insertSorted(a, b);
					}
				}
				if (size > 0) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Adds an interval; only around a DST gap can a later range start before an
		 * earlier one.
		 */
		private void insertSorted(long a, long b) {
			int i = size++;
			for (; i > 0 && day[2 * i - 2] > a; i--) {
				day[2 * i] = day[2 * i - 2];
				day[2 * i + 1] = day[2 * i - 1];
			}
			day[2 * i] = a;
			day[2 * i + 1] = b;
		}

	}

}
