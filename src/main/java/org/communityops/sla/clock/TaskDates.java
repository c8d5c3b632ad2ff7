package org.communityops.sla.clock;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The due and follow-up dates a task shows, so that Tasklist's own sorting and filters
 * show SLA urgency: the due date is the earliest due time of the running clocks that
 * cover the task (its own, and its instance's journeys), the follow-up date their
 * earliest first warning, or none when none of them warns. The one rule for a new task
 * and for the open tasks of an instance whose clocks moved; the engine side only copies
 * the result onto the task.
 *
 * @param due the task's due date
 * @param followUp the task's follow-up date, or null
 */
public record TaskDates(Instant due, Instant followUp) {

	/**
	 * The dates of the task, from any clocks of its instance: a paused or stopped clock,
	 * and the clock of another task, do not count. Empty when no clock that counts has a
	 * due time, and the task keeps the dates it has.
	 */
	public static Optional<TaskDates> of(String taskId, Collection<SlaClock> clocks) {
		List<SlaClock> covering = clocks.stream()
			.filter(clock -> clock.state() == ClockState.RUNNING
					&& (clock.taskId() == null || clock.taskId().equals(taskId)))
			.toList();
		return earliest(covering, SlaClock::dueAt)
			.map(due -> new TaskDates(due, earliest(covering, SlaClock::firstWarningAt).orElse(null)));
	}

	private static Optional<Instant> earliest(List<SlaClock> clocks, Function<SlaClock, Instant> instant) {
		return clocks.stream().map(instant).filter(Objects::nonNull).min(Comparator.naturalOrder());
	}

}
