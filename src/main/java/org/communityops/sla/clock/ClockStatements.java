package org.communityops.sla.clock;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The statements run for every timed task, as fixed SQL: a new clock, its open clocks on
 * completion, its changes and each log entry. Spring Data JDBC's generic save and mapping
 * render SQL and map every property reflectively on each call, which showed as a quarter
 * of the evaluator's cost per task.
 */
interface ClockStatements {

	/**
	 * Inserts a new clock; its version becomes 0, so later updates are checked against
	 * it.
	 */
	void insert(SlaClock clock);

	/**
	 * Updates a stored clock if nobody changed it since it was read (optimistic locking);
	 * returns whether it did. Fails nothing itself, so that a caller inside a bigger
	 * transaction can decide what a lost race means.
	 */
	boolean updateIfUnchanged(SlaClock clock);

	/** Updates a stored clock, failing if somebody changed it since it was read. */
	default void update(SlaClock clock) {
		if (!updateIfUnchanged(clock)) {
			throw new OptimisticLockingFailureException("Clock " + clock.id() + " was changed concurrently");
		}
	}

	/** The running or paused clocks of a task. */
	List<SlaClock> findOpenByTaskId(String taskId);

	/** Appends an entry to a clock's log. */
	void append(ClockEvent event);

}
