package org.communityops.sla.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.communityops.sla.policy.JourneyEvent;
import org.communityops.sla.policy.JourneyScope;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.SlaTarget;
import org.springframework.stereotype.Service;

/**
 * Keeps journey clocks in step with their process instance: opens them on their start
 * event, pauses them while the instance waits in a {@code pause-while} activity, resumes
 * them after, and stops them on their stop event. A clock that pauses or resumes changes
 * the due dates of the instance's open tasks; {@link #dueOfTask} gives the new ones.
 */
@Service
public class JourneyKeeper {

	private final SlaClocks clocks;

	private final ClockEvents events;

	private final PolicyRegistry policies;

	private final ClockKeeper keeper;

	private final ClockDeadlines deadlines;

	JourneyKeeper(SlaClocks clocks, ClockEvents events, PolicyRegistry policies, ClockKeeper keeper,
			ClockDeadlines deadlines) {
		this.clocks = clocks;
		this.events = events;
		this.policies = policies;
		this.keeper = keeper;
		this.deadlines = deadlines;
	}

	/**
	 * Whether any version of the client's policy has a journey through the process: a
	 * cheap in-memory check.
	 */
	public boolean times(String client, String processKey) {
		return policies.hasJourneyThrough(client, processKey);
	}

	/**
	 * Whether any client's policy has a journey through the process, asked before the
	 * client is even read.
	 */
	public boolean timesAny(String processKey) {
		return policies.hasAnyJourneyThrough(processKey);
	}

	public void processStarted(TimedItem instance) {
		openJourneysStartingOn(instance, JourneyEvent.PROCESS_START);
	}

	/**
	 * An activity of the instance started; returns whether a clock paused, so task due
	 * dates changed.
	 */
	public boolean activityStarted(TimedItem instance, String activityId) {
		openJourneysStartingOn(instance, JourneyEvent.reached(activityId));
		boolean paused = false;
		for (SlaClock clock : openJourneys(instance)) {
			JourneyScope journey = scopeOf(clock);
			if (journey.stopOn().equals(JourneyEvent.reached(activityId))) {
				stop(clock, instance.at());
			}
			else if (journey.pauseWhile().contains(activityId) && clock.state() == ClockState.RUNNING) {
				deadlines.actOnDue(clock, instance.at(), clock.startedAt());
				deadlines.cancelScheduled(clock);
				record(clock, clock.pause(instance.at(), "waiting in " + activityId));
				paused = true;
			}
		}
		return paused;
	}

	/**
	 * An activity of the instance ended; returns whether a clock resumed, so task due
	 * dates changed. A paused clock resumes only when the instance waits in none of its
	 * pause-while activities any more: {@code stillWaitingIn} tells whether another part
	 * of the instance is still in an activity (another instance of a multi-instance
	 * activity or sub-process, a parallel branch).
	 */
	public boolean activityEnded(TimedItem instance, String activityId, Predicate<String> stillWaitingIn) {
		boolean resumed = false;
		for (SlaClock clock : openJourneys(instance)) {
			List<String> pauseWhile = scopeOf(clock).pauseWhile();
			if (clock.state() == ClockState.PAUSED && pauseWhile.contains(activityId)
					&& pauseWhile.stream().noneMatch(stillWaitingIn)) {
				events.append(clock.resume(instance.at(), activityId + " done"));
				deadlines.actOnDue(clock, instance.at(), instance.at());
				deadlines.reschedule(clock, instance.at());
				clocks.update(clock);
				resumed = true;
			}
		}
		return resumed;
	}

	/**
	 * The instance ended: journeys that stop on its end are done; any other open journey
	 * is cancelled.
	 */
	public void processEnded(TimedItem instance, boolean completed) {
		for (SlaClock clock : openJourneys(instance)) {
			if (completed && scopeOf(clock).stopOn().equals(JourneyEvent.PROCESS_END)) {
				stop(clock, instance.at());
			}
			else {
				deadlines.cancelScheduled(clock);
				record(clock, clock.cancel(instance.at(),
						completed ? "process ended before the journey's stop" : "process instance cancelled"));
			}
		}
	}

	/**
	 * The due and follow-up dates a task of the instance should show, from its own and
	 * the journeys' clocks.
	 */
	public Optional<TaskDates> dueOfTask(String processInstanceId, String taskId) {
		return TaskDates.of(taskId, clocks.findByProcessInstanceId(processInstanceId));
	}

	private void openJourneysStartingOn(TimedItem instance, JourneyEvent event) {
		Optional<PolicyVersion> version = policies.governing(instance.client(), instance.at());
		if (version.isEmpty()) {
			return;
		}
		for (SlaTarget target : version.get().policy().targets()) {
			if (target.scope() instanceof JourneyScope journey
					&& journey.process().equals(instance.processDefinitionKey()) && journey.startOn().equals(event)
					&& openJourneys(instance).stream().noneMatch(clock -> clock.targetId().equals(target.id()))) {
				keeper.open(instance, version.get(), target);
			}
		}
	}

	private void stop(SlaClock clock, Instant at) {
		deadlines.actOnDue(clock, at, clock.startedAt());
		deadlines.cancelScheduled(clock);
		record(clock, clock.stop(at));
	}

	private List<SlaClock> openJourneys(TimedItem instance) {
		return clocks.findByProcessInstanceIdAndTaskIdIsNull(instance.processInstanceId())
			.stream()
			.filter(clock -> clock.state().isOpen())
			.toList();
	}

	private JourneyScope scopeOf(SlaClock clock) {
		return (JourneyScope) deadlines.timing(clock).target().scope();
	}

	private void record(SlaClock clock, ClockEvent event) {
		clocks.update(clock);
		events.append(event);
	}

}
