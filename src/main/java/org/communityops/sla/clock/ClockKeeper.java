package org.communityops.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.calendar.Pause;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.SlaTarget;
import org.communityops.sla.policy.TaskScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Keeps the clocks in step with what happens to the timed items: opens them against the policy version in force,
 * stops or cancels them, records holders, and acts on deadlines (warn, breach, escalate once). Every call runs in
 * the caller's transaction, which is the engine's, so clocks and engine never disagree.
 */
@Service
public class ClockKeeper {

	private final SlaClocks clocks;

	private final ClockEvents events;

	private final PolicyRegistry policies;

	private final DeadlineScheduler deadlines;

	private final EscalationStarter escalations;

	private final ApplicationEventPublisher publisher;

	ClockKeeper(SlaClocks clocks, ClockEvents events, PolicyRegistry policies, DeadlineScheduler deadlines,
			EscalationStarter escalations, ApplicationEventPublisher publisher) {
		this.clocks = clocks;
		this.events = events;
		this.policies = policies;
		this.deadlines = deadlines;
		this.escalations = escalations;
		this.publisher = publisher;
	}

	/** Opens a clock for every task target of the client's policy that names the task; returns them. */
	public List<SlaClock> taskCreated(TimedItem task) {
		Optional<PolicyVersion> version = policies.governing(task.client(), task.at());
		if (version.isEmpty()) {
			return List.of();
		}
		List<SlaClock> opened = new ArrayList<>();
		for (SlaTarget target : version.get().policy().targets()) {
			if (target.scope() instanceof TaskScope scope
					&& scope.matches(task.processDefinitionKey(), task.taskDefinitionKey())) {
				opened.add(open(task, version.get(), target));
			}
		}
		return opened;
	}

	public void taskAssigned(String taskId, String holder, Instant at) {
		for (SlaClock clock : openClocksOfTask(taskId)) {
			if (!Objects.equals(clock.holder(), holder)) {
				record(clock, clock.reassign(holder, at));
			}
		}
	}

	public void taskCompleted(String taskId, Instant at) {
		for (SlaClock clock : openClocksOfTask(taskId)) {
			deadlineReached(clock, at);
			deadlines.cancel(clock.deadlineJobId());
			record(clock, clock.stop(at));
		}
	}

	public void taskDeleted(String taskId, Instant at, String reason) {
		for (SlaClock clock : openClocksOfTask(taskId)) {
			deadlines.cancel(clock.deadlineJobId());
			record(clock, clock.cancel(at, reason));
		}
	}

	/**
	 * Acts on every deadline of the clock that is due at {@code now}: each warning and the breach are stamped with
	 * the moment they were due, not when they were noticed. Schedules the next deadline, if any.
	 */
	public void deadlineReached(String clockId, Instant now) {
		clocks.findById(clockId).filter(clock -> clock.state().isOpen()).ifPresent(clock -> {
			deadlineReached(clock, now);
			Timing timing = timing(clock);
			Deadline.next(clock, timing.target(), timing.calendar(), timing.pauses())
				.ifPresent(next -> clock.deadlineJob(deadlines.schedule(clock.id(), next.at())));
			clocks.save(clock);
		});
	}

	private void deadlineReached(SlaClock clock, Instant now) {
		Timing timing = timing(clock);
		Optional<Deadline> due = Deadline.next(clock, timing.target(), timing.calendar(), timing.pauses());
		while (due.isPresent() && !due.get().at().isAfter(now)) {
			Deadline deadline = due.get();
			if (deadline.isBreach()) {
				events.save(clock.breached(deadline.at()));
				clock.escalatedBy(escalations.startEscalation(clock, deadline.at()));
			}
			else {
				events.save(clock.warned(deadline.at(), deadline.threshold()));
				publisher.publishEvent(new SlaWarningRaised(clock.id(), clock.client(), clock.targetId(),
						clock.taskId(), deadline.threshold(), deadline.at(), clock.dueAt(), clock.holder()));
			}
			due = Deadline.next(clock, timing.target(), timing.calendar(), timing.pauses());
		}
	}

	private SlaClock open(TimedItem item, PolicyVersion version, SlaTarget target) {
		SlaClock clock = SlaClock.start(item, target.id(), version.version(), target.within(item.priority()));
		BusinessCalendar calendar = version.calendarFor(target);
		List<Pause> none = List.of();
		clock.schedule(calendar.due(clock.startedAt(), clock.within(), none).orElse(null),
				Deadline.firstWarning(clock, target, calendar, none).orElse(null));
		Deadline.next(clock, target, calendar, none)
			.ifPresent(next -> clock.deadlineJob(deadlines.schedule(clock.id(), next.at())));
		clocks.save(clock);
		events.save(clock.startedEvent());
		return clock;
	}

	private void record(SlaClock clock, ClockEvent event) {
		clocks.save(clock);
		events.save(event);
	}

	private List<SlaClock> openClocksOfTask(String taskId) {
		return clocks.findByTaskId(taskId).stream().filter(clock -> clock.state().isOpen()).toList();
	}

	private Timing timing(SlaClock clock) {
		PolicyVersion version = policies.version(clock.client(), clock.policyVersion())
			.orElseThrow(() -> new IllegalStateException("Clock " + clock.id() + " is pinned to " + clock.client()
					+ " policy version " + clock.policyVersion() + ", which is not loaded"));
		SlaTarget target = version.policy().target(clock.targetId()).orElseThrow();
		return new Timing(target, version.calendarFor(target), List.of());
	}

	/** What a clock's arithmetic needs: its target, its calendar and its pauses so far. */
	private record Timing(SlaTarget target, BusinessCalendar calendar, List<Pause> pauses) {
	}

}
