package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.communityops.sla.calendar.Pause;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.SlaTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The deadline arithmetic shared by task and journey clocks: a clock's timing from its
 * pinned policy version and its log, acting on the deadlines that are due, and
 * (re)scheduling the next one.
 */
@Component
class ClockDeadlines {

	private final PolicyRegistry policies;

	private final ClockEvents events;

	private final DeadlineScheduler scheduler;

	private final EscalationStarter escalations;

	private final ApplicationEventPublisher publisher;

	private final Duration horizon;

	ClockDeadlines(PolicyRegistry policies, ClockEvents events, DeadlineScheduler scheduler,
			EscalationStarter escalations, ApplicationEventPublisher publisher, ClockProperties properties) {
		this.policies = policies;
		this.events = events;
		this.scheduler = scheduler;
		this.escalations = escalations;
		this.publisher = publisher;
		this.horizon = properties.deadlineHorizon();
	}

	/**
	 * Fires every warning and the breach that are due at {@code now}, each stamped with
	 * the moment it was due but never before {@code notBefore} (a re-targeted clock
	 * cannot have been due before its priority changed).
	 */
	void actOnDue(SlaClock clock, Instant now, Instant notBefore) {
		Timing timing = timing(clock);
		Optional<Deadline> due = Deadline.next(clock, timing.target(), timing.calendar(), timing.pauses());
		while (due.isPresent() && !due.get().at().isAfter(now)) {
			Deadline deadline = due.get();
			Instant at = deadline.at().isBefore(notBefore) ? notBefore : deadline.at();
			if (deadline.isBreach()) {
				events.append(clock.breached(at));
				clock.escalatedBy(escalations.startEscalation(clock, at));
				publisher.publishEvent(new SlaBreached(clock.id(), clock.client(), clock.targetId(), clock.taskId(), at,
						clock.dueAt(), clock.holder(), clock.processInstanceId(), clock.priority(),
						clock.escalationInstanceId()));
			}
			else {
				events.append(clock.warned(at, deadline.threshold()));
				publisher.publishEvent(new SlaWarningRaised(clock.id(), clock.client(), clock.targetId(),
						clock.taskId(), deadline.threshold(), at, clock.dueAt(), clock.holder(),
						clock.processInstanceId(), clock.priority()));
			}
			due = Deadline.next(clock, timing.target(), timing.calendar(), timing.pauses());
		}
	}

	/**
	 * Recomputes due and first warning at {@code now}, and replaces the planned deadline
	 * with the next one, if any.
	 */
	void reschedule(SlaClock clock, Instant now) {
		cancelScheduled(clock);
		if (clock.state() != ClockState.RUNNING) {
			return;
		}
		Timing timing = timing(clock);
		clock.schedule(timing.calendar().due(clock.startedAt(), clock.within(), timing.pauses()).orElse(null),
				Deadline.firstWarning(clock, timing.target(), timing.calendar(), timing.pauses()).orElse(null));
		planNext(clock, timing, now);
	}

	/**
	 * Plans the clock's next deadline: a job when it is due within the horizon, else
	 * pending on the clock until the deadline sweep hands it to a job. Most items are
	 * done long before their first deadline, so they never create (and delete) a job.
	 */
	void planNext(SlaClock clock, Timing timing, Instant now) {
		Deadline.next(clock, timing.target(), timing.calendar(), timing.pauses()).ifPresentOrElse(next -> {
			if (next.at().isAfter(now.plus(horizon))) {
				clock.deadlinePending(next.at());
			}
			else {
				clock.deadlineScheduled(scheduler.schedule(clock.id(), clock.client(), next.at()));
			}
		}, clock::noDeadline);
	}

	void cancelScheduled(SlaClock clock) {
		scheduler.cancel(clock.deadlineJobId());
		clock.noDeadline();
	}

	Timing timing(SlaClock clock) {
		PolicyVersion version = pinnedVersion(clock);
		SlaTarget target = version.policy().target(clock.targetId()).orElseThrow();
		return new Timing(target, version.calendarFor(target), pauses(clock));
	}

	PolicyVersion pinnedVersion(SlaClock clock) {
		return policies.version(clock.client(), clock.policyVersion())
			.orElseThrow(() -> new IllegalStateException("Clock " + clock.id() + " is pinned to " + clock.client()
					+ " policy version " + clock.policyVersion() + ", which is not loaded"));
	}

	/**
	 * The clock's pauses from its log: each PAUSED up to the next RESUMED, the last one
	 * open while paused. Task clocks never pause, so their log is not read.
	 */
	private List<Pause> pauses(SlaClock clock) {
		List<Pause> pauses = new ArrayList<>();
		if (clock.taskId() != null) {
			return pauses;
		}
		Instant pausedAt = null;
		for (ClockEvent event : events.findByClockIdOrderByAtAscIdAsc(clock.id())) {
			if (event.type() == ClockEventType.PAUSED) {
				pausedAt = event.at();
			}
			else if (event.type() == ClockEventType.RESUMED && pausedAt != null) {
				pauses.add(Pause.between(pausedAt, event.at()));
				pausedAt = null;
			}
		}
		if (pausedAt != null) {
			pauses.add(Pause.openSince(pausedAt));
		}
		return pauses;
	}

}
