package org.communityops.report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-built clocks with their logs, inserted as the clock code stores them (tables
 * sla_clock and sla_clock_event), so that a report test knows every number it should see.
 */
final class ClockRows {

	private final JdbcTemplate jdbc;

	private final String client;

	ClockRows(JdbcTemplate jdbc, String client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	Row task(String id, String targetId, String taskKey, Duration within) {
		return new Row(id, targetId, "task-" + id, taskKey, within);
	}

	Row journey(String id, String targetId, Duration within) {
		return new Row(id, targetId, null, null, within);
	}

	/**
	 * One clock: set its times and log, then {@link #insert()}. Instants are ISO-8601
	 * UTC.
	 */
	final class Row {

		final String id;

		final String targetId;

		final String taskId;

		final String taskKey;

		final Duration within;

		String state = "RUNNING";

		Instant started;

		Instant due;

		Instant breached;

		Instant stopped;

		String holder;

		int version = 1;

		final List<Object[]> events = new ArrayList<>();

		Row(String id, String targetId, String taskId, String taskKey, Duration within) {
			this.id = id;
			this.targetId = targetId;
			this.taskId = taskId;
			this.taskKey = taskKey;
			this.within = within;
		}

		Row started(String at, String holder) {
			this.started = Instant.parse(at);
			this.holder = holder;
			events.add(new Object[] { "STARTED", started, holder });
			return this;
		}

		Row due(String at) {
			this.due = at == null ? null : Instant.parse(at);
			return this;
		}

		Row reassigned(String at, String newHolder) {
			holder = newHolder;
			events.add(new Object[] { "REASSIGNED", Instant.parse(at), newHolder });
			return this;
		}

		Row paused(String at) {
			events.add(new Object[] { "PAUSED", Instant.parse(at), holder });
			return this;
		}

		Row resumed(String at) {
			events.add(new Object[] { "RESUMED", Instant.parse(at), holder });
			return this;
		}

		Row breached(String at) {
			breached = Instant.parse(at);
			events.add(new Object[] { "BREACHED", breached, holder });
			return this;
		}

		Row stopped(String finalState, String at) {
			state = finalState;
			stopped = Instant.parse(at);
			events.add(new Object[] { finalState, stopped, holder });
			return this;
		}

		Row version(int pinned) {
			version = pinned;
			return this;
		}

		void insert() {
			jdbc.update(
					"""
							insert into sla_clock (id, client, target_id, policy_version, process_instance_id,
							    process_definition_key, task_id, task_definition_key, priority, within_millis, state, started_at,
							    due_at, breached_at, stopped_at, warnings_fired, holder, lock_version)
							values (?, ?, ?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, 0, ?, 0)""",
					id, client, targetId, version, "instance-" + id,
					taskKey == null ? "ContentApprovalProcess" : "MemberSupportProcess", taskId, taskKey,
					within.toMillis(), state, ts(started), ts(due), ts(breached), ts(stopped), holder);
			for (Object[] event : events) {
				jdbc.update("insert into sla_clock_event (clock_id, type, at, holder) values (?, ?, ?, ?)", id,
						event[0], ts((Instant) event[1]), event[2]);
			}
		}

	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
