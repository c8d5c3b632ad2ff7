package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The clock of one item (a task, or a process instance for a journey) against one target
 * of the policy version in force when it started. It guards its own state: every change
 * returns the log entry that records it.
 */
@Table("sla_clock")
public class SlaClock {

	@Id
	private final String id;

	private final String client;

	private final String targetId;

	private final int policyVersion;

	private final String processInstanceId;

	private final String processDefinitionKey;

	private final String taskId;

	private final String taskDefinitionKey;

	private String priority;

	private long withinMillis;

	private ClockState state;

	private final Instant startedAt;

	private Instant dueAt;

	private Instant firstWarningAt;

	private Instant breachedAt;

	private Instant stoppedAt;

	private int warningsFired;

	private String holder;

	private String deadlineJobId;

	private Instant pendingDeadlineAt;

	private String escalationInstanceId;

	@Version
	private Integer lockVersion;

	@PersistenceCreator
	SlaClock(String id, String client, String targetId, int policyVersion, String processInstanceId,
			String processDefinitionKey, String taskId, String taskDefinitionKey, String priority, long withinMillis,
			ClockState state, Instant startedAt, String holder) {
		this.id = id;
		this.client = client;
		this.targetId = targetId;
		this.policyVersion = policyVersion;
		this.processInstanceId = processInstanceId;
		this.processDefinitionKey = processDefinitionKey;
		this.taskId = taskId;
		this.taskDefinitionKey = taskDefinitionKey;
		this.priority = priority;
		this.withinMillis = withinMillis;
		this.state = state;
		this.startedAt = startedAt;
		this.holder = holder;
	}

	/** A running clock for the item, and the log entry of its start. */
	static SlaClock start(TimedItem item, String targetId, int policyVersion, Duration within) {
		return new SlaClock(ClockIds.next(item.at()), item.client(), targetId, policyVersion, item.processInstanceId(),
				item.processDefinitionKey(), item.taskId(), item.taskDefinitionKey(), item.priority().key(),
				within.toMillis(), ClockState.RUNNING, item.at(), item.holder());
	}

	ClockEvent startedEvent() {
		return ClockEvent.of(id, ClockEventType.STARTED, startedAt, holder, "within " + within());
	}

	ClockEvent warned(Instant dueAt, String threshold) {
		requireOpen();
		warningsFired++;
		return ClockEvent.of(id, ClockEventType.WARNED, dueAt, holder, threshold);
	}

	ClockEvent breached(Instant at) {
		requireOpen();
		if (breachedAt != null) {
			throw new IllegalStateException("Clock " + id + " breached already at " + breachedAt);
		}
		breachedAt = at;
		return ClockEvent.of(id, ClockEventType.BREACHED, at, holder, null);
	}

	/**
	 * Stops the clock when its item is done: met, or breached when the breach moment was
	 * reached.
	 */
	ClockEvent stop(Instant at) {
		requireOpen();
		state = breachedAt != null ? ClockState.BREACHED : ClockState.MET;
		stoppedAt = at;
		return ClockEvent.of(id, state == ClockState.MET ? ClockEventType.MET : ClockEventType.COMPLETED, at, holder,
				state == ClockState.BREACHED ? "done after the breach" : null);
	}

	ClockEvent cancel(Instant at, String reason) {
		requireOpen();
		state = ClockState.CANCELLED;
		stoppedAt = at;
		return ClockEvent.of(id, ClockEventType.CANCELLED, at, holder, reason);
	}

	/**
	 * Stops counting while the item waits on someone outside the agency; due is unknown
	 * until it resumes.
	 */
	ClockEvent pause(Instant at, String reason) {
		requireState(ClockState.RUNNING);
		state = ClockState.PAUSED;
		dueAt = null;
		return ClockEvent.of(id, ClockEventType.PAUSED, at, holder, reason);
	}

	ClockEvent resume(Instant at, String reason) {
		requireState(ClockState.PAUSED);
		state = ClockState.RUNNING;
		return ClockEvent.of(id, ClockEventType.RESUMED, at, holder, reason);
	}

	/**
	 * Gives the clock the allowance of a new priority; its start, log and fired warnings
	 * stay. After its breach only the priority changes: the breach was measured against
	 * the allowance then in force and stands, with that allowance and due moment, so that
	 * lowering the priority cannot turn a breach into a clock met in time.
	 */
	ClockEvent retarget(String newPriority, Duration newWithin, Instant at) {
		requireOpen();
		Retargeting change = new Retargeting(at, priority, within(), newPriority, newWithin, breachedAt);
		priority = newPriority;
		withinMillis = change.judgedBy().toMillis();
		return ClockEvent.of(id, ClockEventType.RETARGETED, at, holder, change.detail());
	}

	ClockEvent reassign(String newHolder, Instant at) {
		requireOpen();
		holder = newHolder;
		return ClockEvent.of(id, ClockEventType.REASSIGNED, at, newHolder, null);
	}

	private void requireState(ClockState expected) {
		if (state != expected) {
			throw new IllegalStateException("Clock " + id + " is " + state + ", not " + expected);
		}
	}

	private void requireOpen() {
		if (!state.isOpen()) {
			throw new IllegalStateException("Clock " + id + " is " + state + ", no longer open");
		}
	}

	void schedule(Instant due, Instant firstWarning) {
		this.dueAt = due;
		this.firstWarningAt = firstWarning;
	}

	/** Restores what a stored clock holds beyond its start, when read with fixed SQL. */
	void restore(Instant dueAt, Instant firstWarningAt, Instant breachedAt, Instant stoppedAt, int warningsFired,
			String deadlineJobId, Instant pendingDeadlineAt, String escalationInstanceId, int lockVersion) {
		this.dueAt = dueAt;
		this.firstWarningAt = firstWarningAt;
		this.breachedAt = breachedAt;
		this.stoppedAt = stoppedAt;
		this.warningsFired = warningsFired;
		this.deadlineJobId = deadlineJobId;
		this.pendingDeadlineAt = pendingDeadlineAt;
		this.escalationInstanceId = escalationInstanceId;
		this.lockVersion = lockVersion;
	}

	/**
	 * The row was inserted with version 0 by fixed SQL; later saves are versioned
	 * updates.
	 */
	void inserted() {
		lockVersion = 0;
	}

	/** The next deadline is handed to the job executor as the given job. */
	void deadlineScheduled(String jobId) {
		this.deadlineJobId = jobId;
		this.pendingDeadlineAt = null;
	}

	/**
	 * The next deadline is far off; it waits on the clock until the deadline sweep hands
	 * it to a job.
	 */
	void deadlinePending(Instant at) {
		this.deadlineJobId = null;
		this.pendingDeadlineAt = at;
	}

	void noDeadline() {
		this.deadlineJobId = null;
		this.pendingDeadlineAt = null;
	}

	/** A versioned update by fixed SQL succeeded. */
	void updated() {
		lockVersion = lockVersion + 1;
	}

	void escalatedBy(String processInstanceId) {
		this.escalationInstanceId = processInstanceId;
	}

	public Duration within() {
		return Duration.ofMillis(withinMillis);
	}

	public String id() {
		return id;
	}

	public String client() {
		return client;
	}

	public String targetId() {
		return targetId;
	}

	public int policyVersion() {
		return policyVersion;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	public String processDefinitionKey() {
		return processDefinitionKey;
	}

	public String taskId() {
		return taskId;
	}

	public String taskDefinitionKey() {
		return taskDefinitionKey;
	}

	public String priority() {
		return priority;
	}

	public ClockState state() {
		return state;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public Instant firstWarningAt() {
		return firstWarningAt;
	}

	public Instant breachedAt() {
		return breachedAt;
	}

	public Instant stoppedAt() {
		return stoppedAt;
	}

	public int warningsFired() {
		return warningsFired;
	}

	public String holder() {
		return holder;
	}

	public String deadlineJobId() {
		return deadlineJobId;
	}

	public Instant pendingDeadlineAt() {
		return pendingDeadlineAt;
	}

	Integer lockVersion() {
		return lockVersion;
	}

	public String escalationInstanceId() {
		return escalationInstanceId;
	}

}
