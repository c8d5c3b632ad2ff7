package org.communityops.sla.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fixed-SQL implementation of {@link ClockStatements}, a fragment of the
 * {@link SlaClocks} and {@link ClockEvents}.
 */
class ClockStatementsImpl implements ClockStatements {

	private static final String INSERT_CLOCK = """
			insert into sla_clock (id, client, target_id, policy_version, process_instance_id, process_definition_key,
			    task_id, task_definition_key, priority, within_millis, state, started_at, due_at, first_warning_at,
			    breached_at, stopped_at, warnings_fired, holder, deadline_job_id, pending_deadline_at,
			    escalation_instance_id, lock_version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	/**
	 * Only what a clock may change after it started; the identity columns never change.
	 */
	private static final String UPDATE_CLOCK = """
			update sla_clock set priority = ?, within_millis = ?, state = ?, due_at = ?, first_warning_at = ?,
			    breached_at = ?, stopped_at = ?, warnings_fired = ?, holder = ?, deadline_job_id = ?,
			    pending_deadline_at = ?, escalation_instance_id = ?, lock_version = lock_version + 1
			where id = ? and lock_version = ?""";

	private static final String OPEN_CLOCKS_OF_TASK = """
			select * from sla_clock where task_id = ? and state in ('RUNNING', 'PAUSED')""";

	private static final String APPEND_EVENT = """
			insert into sla_clock_event (clock_id, type, at, holder, detail) values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	ClockStatementsImpl(JdbcTemplate jdbc) {
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
	public List<SlaClock> findOpenByTaskId(String taskId) {
		return jdbc.query(OPEN_CLOCKS_OF_TASK, ClockStatementsImpl::clock, taskId);
	}

	@Override
	public void append(ClockEvent event) {
		jdbc.update(APPEND_EVENT, event.clockId(), event.type().name(), timestamp(event.at()), event.holder(),
				event.detail());
	}

	private static SlaClock clock(ResultSet row, int rowNumber) throws SQLException {
		SlaClock clock = new SlaClock(row.getString("id"), row.getString("client"), row.getString("target_id"),
				row.getInt("policy_version"), row.getString("process_instance_id"),
				row.getString("process_definition_key"), row.getString("task_id"), row.getString("task_definition_key"),
				row.getString("priority"), row.getLong("within_millis"), ClockState.valueOf(row.getString("state")),
				instant(row, "started_at"), row.getString("holder"));
		clock.restore(instant(row, "due_at"), instant(row, "first_warning_at"), instant(row, "breached_at"),
				instant(row, "stopped_at"), row.getInt("warnings_fired"), row.getString("deadline_job_id"),
				instant(row, "pending_deadline_at"), row.getString("escalation_instance_id"),
				row.getInt("lock_version"));
		return clock;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
