package org.communityops.sla.calendar;

/**
 * A cursor over a calendar's open intervals between two instants (epoch nanos): sorted,
 * disjoint, non-empty, clipped to {@code [start, limit)}. One cursor serves one
 * computation; it is not thread-safe.
 */
abstract class OpenIntervals {

	/** Start of the current interval. */
	long from;

	/** End (exclusive) of the current interval. */
	long to;

	/** Moves to the next interval; false when there is none before the limit. */
	abstract boolean next();

}
