package org.communityops.sla.calendar;

/**
 * When a calendar is open: the strategy behind a {@link BusinessCalendar}.
 * Implementations are thread-safe.
 */
interface OpenHours {

	/** The open intervals within {@code [start, limit)}, epoch nanos. */
	OpenIntervals between(long start, long limit);

	/** Whether the calendar is open at all, ignoring holidays. */
	boolean isEverOpen();

}
