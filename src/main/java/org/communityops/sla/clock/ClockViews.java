package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What the clock API answers: records shaped for JSON, built from clocks and their logs
 * at an instant.
 */
public final class ClockViews {

	private ClockViews() {
	}

	record Page(List<ClockView> items, int page, int size, long total) {
	}

	/**
	 * One clock.
	 *
	 * @param state the API state ({@link ClockStatus}), e.g. {@code at-risk}
	 * @param rawState the stored state, e.g. {@code RUNNING}
	 * @param timeLeft until the due time, negative when overdue; null when the clock
	 * stopped or has no due time
	 */
	public record ClockView(String id, String client, String targetId, int policyVersion, String processInstanceId,
			String processDefinitionKey, String taskId, String taskDefinitionKey, String priority, Duration within,
			String state, ClockState rawState, Instant startedAt, Instant dueAt, Instant firstWarningAt,
			Instant breachedAt, Instant stoppedAt, Duration timeLeft, String holder, String escalationInstanceId) {

		public static ClockView of(SlaClock clock, Instant now) {
			Duration timeLeft = clock.state().isOpen() && clock.dueAt() != null ? Duration.between(now, clock.dueAt())
					: null;
			return new ClockView(clock.id(), clock.client(), clock.targetId(), clock.policyVersion(),
					clock.processInstanceId(), clock.processDefinitionKey(), clock.taskId(), clock.taskDefinitionKey(),
					clock.priority(), clock.within(), ClockStatus.of(clock).key(), clock.state(), clock.startedAt(),
					clock.dueAt(), clock.firstWarningAt(), clock.breachedAt(), clock.stoppedAt(), timeLeft,
					clock.holder(), clock.escalationInstanceId());
		}

	}

	/** A clock with its log, oldest first, and the time each holder held its item. */
	record Detail(@JsonUnwrapped ClockView clock, List<Entry> timeline, List<Holding> heldBy) {

		static Detail of(SlaClock clock, List<ClockEvent> events, Instant now) {
			Instant until = clock.stoppedAt() != null ? clock.stoppedAt() : now;
			return new Detail(ClockView.of(clock, now), events.stream().map(Entry::of).toList(),
					HoldingTimes.of(events, until)
						.entrySet()
						.stream()
						.map(held -> new Holding(held.getKey(), held.getValue()))
						.toList());
		}

	}

	record Entry(ClockEventType type, Instant at, String holder, String detail) {

		static Entry of(ClockEvent event) {
			return new Entry(event.type(), event.at(), event.holder(), event.detail());
		}

	}

	/**
	 * @param holder a user id, or {@code (unassigned)}
	 */
	record Holding(String holder, Duration time) {
	}

}
