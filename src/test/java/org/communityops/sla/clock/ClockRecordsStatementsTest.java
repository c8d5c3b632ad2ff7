package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.CountingStatements;
import org.communityops.testing.StatementLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a client's period is read ({@link ClockRecords}): two statements whatever the
 * period holds, one for the clocks due in it and one for those without a due time, and
 * each clock once, typed, with the entries of its log that say who held it and when it
 * was paused, in log order. Every statement the reading thread executes is counted
 * ({@link StatementLog}).
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:clock-records;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
@Import(CountingStatements.class)
class ClockRecordsStatementsTest {

	private static final Instant OCTOBER = Instant.parse("2026-10-01T00:00:00Z");

	private static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");

	@Autowired
	ClockRecords records;

	@Autowired
	StatementLog log;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clocks() {
		if (jdbc.queryForObject("select count(*) from sla_clock where client = 'records'", Long.class) > 0) {
			return;
		}
		clock("records", "met-late", "MET", "2026-10-09T09:00:00Z", "2026-10-10T09:00:00Z", null,
				"2026-10-09T12:00:00Z", "ana");
		// written out of order: the log's order is the entries' instants
		event("met-late", "REASSIGNED", "2026-10-09T11:00:00Z", "ana");
		event("met-late", "STARTED", "2026-10-09T09:00:00Z", "mo");
		event("met-late", "WARNED", "2026-10-09T10:00:00Z", "mo");
		event("met-late", "MET", "2026-10-09T12:00:00Z", "ana");
		clock("records", "running-early", "RUNNING", "2026-10-04T09:00:00Z", "2026-10-05T09:00:00Z", null, null, null);
		clock("records", "paused-breached", "PAUSED", "2026-10-19T09:00:00Z", null, "2026-10-20T09:00:00Z", null, "mo");
		event("paused-breached", "STARTED", "2026-10-19T09:00:00Z", "mo");
		event("paused-breached", "PAUSED", "2026-10-19T10:00:00Z", "mo");
		event("paused-breached", "BREACHED", "2026-10-20T09:00:00Z", "mo");
		clock("records", "due-in-november", "RUNNING", "2026-10-31T09:00:00Z", "2026-11-02T09:00:00Z", null, null,
				null);
		clock("another-client", "other-clients", "RUNNING", "2026-10-04T09:00:00Z", "2026-10-05T09:00:00Z", null, null,
				null);
	}

	@Test
	void readsAClientsPeriodWithOneQueryForTheClocksDueInItAndOneForThoseWithoutADueTime() {
		List<String> statements = log.during(() -> records.ofPeriod("records", OCTOBER, NOVEMBER, clock -> {
		}));

		assertThat(statements).filteredOn(sql -> sql != null && sql.contains("from sla_clock c"))
			.satisfiesExactly(sql -> assertThat(sql).contains("c.due_at >= ?"),
					sql -> assertThat(sql).contains("c.due_at is null"));
		assertThat(statements).filteredOn(sql -> sql == null || !sql.contains("from sla_clock c"))
			.as("besides the two queries, only the settings that let their rows stream")
			.allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("set "));
	}

	@Test
	void handsOnEachClockOfThePeriodOnceByDueTimeWithItsHoldersAndPausesInLogOrder() {
		List<ClockRecord> read = new ArrayList<>();

		records.ofPeriod("records", OCTOBER, NOVEMBER, read::add);

		assertThat(read).extracting(ClockRecord::id).containsExactly("running-early", "met-late", "paused-breached");
		assertThat(read).extracting(ClockRecord::state)
			.containsExactly(ClockState.RUNNING, ClockState.MET, ClockState.PAUSED);
		assertThat(read.get(0).log()).isEmpty();
		assertThat(read.get(1).log()).extracting(ClockEvent::type, ClockEvent::holder)
			.containsExactly(tuple(ClockEventType.STARTED, "mo"), tuple(ClockEventType.REASSIGNED, "ana"));
		assertThat(read.get(2).log()).extracting(ClockEvent::type)
			.containsExactly(ClockEventType.STARTED, ClockEventType.PAUSED);
		assertThat(read.get(2).reportAt()).isEqualTo(Instant.parse("2026-10-20T09:00:00Z"));
	}

	private void clock(String client, String id, String state, String started, String due, String breached,
			String stopped, String holder) {
		jdbc.update("""
				insert into sla_clock (id, client, target_id, policy_version, process_instance_id,
				    process_definition_key, task_id, task_definition_key, priority, within_millis, state, started_at,
				    due_at, breached_at, stopped_at, warnings_fired, holder, lock_version)
				values (?, ?, 'first-response', 1, ?, 'MemberSupportProcess', ?, 'Task_FirstResponse', 'normal',
				    86400000, ?, ?, ?, ?, ?, 0, ?, 0)""", id, client, "instance-" + id, "task-" + id, state,
				ts(started), ts(due), ts(breached), ts(stopped), holder);
	}

	private void event(String clockId, String type, String at, String holder) {
		jdbc.update("insert into sla_clock_event (clock_id, type, at, holder) values (?, ?, ?, ?)", clockId, type,
				ts(at), holder);
	}

	private static Timestamp ts(String instant) {
		return instant == null ? null : Timestamp.from(Instant.parse(instant));
	}

}
