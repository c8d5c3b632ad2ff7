package org.communityops.sla.clock;

/**
 * The writes made for every timed task, with fixed SQL: a new clock and each log entry. Spring Data JDBC's generic
 * save renders its SQL anew on every call, which showed as a quarter of the evaluator's cost per task.
 */
interface ClockWrites {

	/** Inserts a new clock; its version becomes 0, so later saves update it with optimistic locking. */
	void insert(SlaClock clock);

	/** Appends an entry to a clock's log. */
	void append(ClockEvent event);

}
