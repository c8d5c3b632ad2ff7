package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.communityops.sla.policy.Priority;
import org.junit.jupiter.api.Test;

class TaskDatesTest {

	private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void taskIsDueAtTheEarliestDueTimeOfItsOwnAndTheJourneysClocksAndFollowsUpAtTheirFirstWarning() {
		SlaClock own = clock("task-1", at(4), at(2));
		SlaClock journey = clock(null, at(3), at(3));

		assertThat(TaskDates.of("task-1", List.of(own, journey))).contains(new TaskDates(at(3), at(2)));
	}

	@Test
	void pausedClocksStoppedClocksAndTheClocksOfOtherTasksDoNotCount() {
		SlaClock own = clock("task-1", at(4), null);
		SlaClock pausedJourney = clock(null, at(1), at(1));
		pausedJourney.pause(START, "waiting in Task_WaitForMember");
		SlaClock stopped = clock("task-1", at(1), at(1));
		stopped.stop(START);
		SlaClock otherTask = clock("task-2", at(1), at(1));

		assertThat(TaskDates.of("task-1", List.of(own, pausedJourney, stopped, otherTask)))
			.as("no warning left: no follow-up date")
			.contains(new TaskDates(at(4), null));
	}

	@Test
	void noDatesWhenNoClockThatCountsHasADueTime() {
		SlaClock pausedJourney = clock(null, at(1), at(1));
		pausedJourney.pause(START, "waiting in Task_WaitForMember");

		assertThat(TaskDates.of("task-1", List.of(pausedJourney))).isEmpty();
		assertThat(TaskDates.of("task-1", List.of())).isEmpty();
	}

	private static SlaClock clock(String taskId, Instant due, Instant firstWarning) {
		SlaClock clock = SlaClock.start(
				new TimedItem("northwind", "MemberSupportProcess", "instance-1", taskId,
						taskId == null ? null : "Task_FirstResponse", Priority.NORMAL, null, START),
				"target", 1, Duration.ofHours(8));
		clock.schedule(due, firstWarning);
		return clock;
	}

	private static Instant at(int hoursAfterStart) {
		return START.plus(Duration.ofHours(hoursAfterStart));
	}

}
