package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.Priority;
import org.communityops.sla.policy.SlaTarget;
import org.communityops.sla.policy.TaskScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Keeps task clocks in step with their tasks: opens them against the policy version in
 * force, records holders, stops or cancels them, re-targets them on a priority change and
 * acts on their deadlines (warn, breach, escalate once). Every call runs in the caller's
 * transaction, which is the engine's, so clocks and engine never disagree.
 */
@Service
public class ClockKeeper {

	private final SlaClocks clocks;

	private final ClockEvents events;

	private final PolicyRegistry policies;

	private final ClockDeadlines deadlines;

	private final ApplicationEventPublisher publisher;

	ClockKeeper(SlaClocks clocks, ClockEvents events, PolicyRegistry policies, ClockDeadlines deadlines,
			ApplicationEventPublisher publisher) {
		this.clocks = clocks;
		this.events = events;
		this.policies = policies;
		this.deadlines = deadlines;
		this.publisher = publisher;
	}

	/**
	 * Opens a clock for every task target of the client's policy that names the task;
	 * returns them.
	 */
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
			deadlines.actOnDue(clock, at, clock.startedAt());
			deadlines.cancelScheduled(clock);
			record(clock, clock.stop(at));
			if (clock.state() == ClockState.MET && clock.warningsFired() > 0) {
				publisher.publishEvent(new SlaMetAfterWarning(clock.id(), clock.client(), clock.targetId(),
						clock.taskId(), at, clock.dueAt(), clock.warningsFired(), clock.holder(),
						clock.processInstanceId(), clock.priority()));
			}
		}
	}

	public void taskDeleted(String taskId, Instant at, String reason) {
		for (SlaClock clock : openClocksOfTask(taskId)) {
			deadlines.cancelScheduled(clock);
			record(clock, clock.cancel(at, reason));
		}
	}

	/**
	 * Re-targets the open clocks of a process instance whose {@code priority} changed:
	 * each keeps its start, its log and the warnings it fired, and gets the allowance its
	 * target gives the new priority. Deadlines that the new allowance has already passed
	 * fire at once, stamped with the moment of the change. A breached clock only logs the
	 * change ({@link SlaClock#retarget}).
	 * @return the clocks whose due time moved
	 */
	public List<SlaClock> priorityChanged(String processInstanceId, Priority priority, Instant at) {
		List<SlaClock> moved = new ArrayList<>();
		for (SlaClock clock : clocks.findByProcessInstanceId(processInstanceId)) {
			if (!clock.state().isOpen() || clock.priority().equals(priority.key())) {
				continue;
			}
			Duration within = deadlines.timing(clock).target().within(priority);
			events.append(clock.retarget(priority.key(), within, at));
			if (clock.breachedAt() != null) {
				clocks.update(clock);
				continue;
			}
			deadlines.actOnDue(clock, at, at);
			deadlines.reschedule(clock, at);
			clocks.update(clock);
			moved.add(clock);
		}
		return moved;
	}

	/**
	 * Acts on every deadline of the clock that is due at {@code now}: each warning and
	 * the breach are stamped with the moment they were due, not when they were noticed.
	 * Schedules the next deadline, if any.
	 */
	public void deadlineReached(String clockId, Instant now) {
		clocks.findById(clockId).filter(clock -> clock.state() == ClockState.RUNNING).ifPresent(clock -> {
			deadlines.actOnDue(clock, now, clock.startedAt());
			deadlines.reschedule(clock, now);
			clocks.update(clock);
		});
	}

	SlaClock open(TimedItem item, PolicyVersion version, SlaTarget target) {
		SlaClock clock = SlaClock.start(item, target.id(), version.version(), target.within(item.priority()));
		Timing timing = new Timing(target, version.calendarFor(target), List.of());
		clock.schedule(timing.calendar().due(clock.startedAt(), clock.within(), timing.pauses()).orElse(null),
				Deadline.firstWarning(clock, target, timing.calendar(), timing.pauses()).orElse(null));
		deadlines.planNext(clock, timing, item.at());
		clocks.insert(clock);
		events.append(clock.startedEvent());
		return clock;
	}

	private void record(SlaClock clock, ClockEvent event) {
		clocks.update(clock);
		events.append(event);
	}

	private List<SlaClock> openClocksOfTask(String taskId) {
		return clocks.findOpenByTaskId(taskId);
	}

}
