package org.communityops.sla.clock;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/** Fixed-SQL implementation of {@link ClockWrites}, a fragment of the {@link SlaClocks} and {@link ClockEvents}. */
class ClockWritesImpl implements ClockWrites {

	private static final String INSERT_CLOCK = """
			insert into sla_clock (id, client, target_id, policy_version, process_instance_id, process_definition_key,
			    task_id, task_definition_key, priority, within_millis, state, started_at, due_at, first_warning_at,
			    breached_at, stopped_at, warnings_fired, holder, deadline_job_id, pending_deadline_at,
			    escalation_instance_id, lock_version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	/** Only what a clock may change after it started; the identity columns never change. */
	private static final String UPDATE_CLOCK = """
			update sla_clock set priority = ?, within_millis = ?, state = ?, due_at = ?, first_warning_at = ?,
			    breached_at = ?, stopped_at = ?, warnings_fired = ?, holder = ?, deadline_job_id = ?,
			    pending_deadline_at = ?, escalation_instance_id = ?, lock_version = lock_version + 1
			where id = ? and lock_version = ?""";

	private static final String APPEND_EVENT = """
			insert into sla_clock_event (clock_id, type, at, holder, detail) values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	ClockWritesImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(SlaClock clock) {
		jdbc.update(INSERT_CLOCK, clock.id(), clock.client(), clock.targetId(), clock.policyVersion(),
				clock.processInstanceId(), clock.processDefinitionKey(), clock.taskId(), clock.taskDefinitionKey(),
				clock.priority(), clock.within().toMillis(), clock.state().name(), timestamp(clock.startedAt()),
				timestamp(clock.dueAt()), timestamp(clock.firstWarningAt()), timestamp(clock.breachedAt()),
				timestamp(clock.stoppedAt()), clock.warningsFired(), clock.holder(), clock.deadlineJobId(),
				timestamp(clock.pendingDeadlineAt()), clock.escalationInstanceId());
		clock.inserted();
	}

	@Override
	public boolean updateIfUnchanged(SlaClock clock) {
		boolean updated = jdbc.update(UPDATE_CLOCK, clock.priority(), clock.within().toMillis(), clock.state().name(),
				timestamp(clock.dueAt()), timestamp(clock.firstWarningAt()), timestamp(clock.breachedAt()),
				timestamp(clock.stoppedAt()), clock.warningsFired(), clock.holder(), clock.deadlineJobId(),
				timestamp(clock.pendingDeadlineAt()), clock.escalationInstanceId(), clock.id(),
				clock.lockVersion()) == 1;
		if (updated) {
			clock.updated();
		}
		return updated;
	}

	@Override
	public void append(ClockEvent event) {
		jdbc.update(APPEND_EVENT, event.clockId(), event.type().name(), timestamp(event.at()), event.holder(),
				event.detail());
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
