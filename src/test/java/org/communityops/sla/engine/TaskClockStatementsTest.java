package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.CountingStatements;
import org.communityops.testing.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the SLA clocks cost a task in statements: a fixed list, the same whatever history
 * of clocks the database holds, each on an indexed column. Every statement the test's
 * thread executes while it starts an instance and completes its task is recorded
 * ({@link StatementLog}); those on the clock tables are compared before and after a
 * history of clocks is stored.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:task-clock-statements;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
@Import(CountingStatements.class)
class TaskClockStatementsTest {

	private static final String PROCESS_KEY = "StatementsFirstResponse";

	private static final Instant MONDAY_10_BERLIN = Instant.parse("2026-11-23T09:00:00Z");

	private static final int HISTORY = 5_000;

	/**
	 * The columns the clock statements may select, update or delete by: each has an index
	 * (V2, V3, V5, V7).
	 */
	private static final List<String> INDEXED = List.of("id = ?", "task_id = ?", "process_instance_id = ?",
			"clock_id = ?", "pending_deadline_at < ?");

	@Autowired
	StatementLog log;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void deployOneTaskProcess() {
		ClockUtil.setCurrentTime(Date.from(MONDAY_10_BERLIN));
		OneTaskProcess.deployOnce(repositoryService, PROCESS_KEY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aTaskCostsTheSameIndexedClockStatementsWhateverTheHistory() {
		clockStatementsOfOneTask();
		List<String> fresh = clockStatementsOfOneTask();

		storeHistory(HISTORY);
		List<String> withHistory = clockStatementsOfOneTask();

		assertThat(fresh).as("a clock opened, stopped and logged").isNotEmpty();
		assertThat(withHistory).as("after %d clocks of history", HISTORY).isEqualTo(fresh);
		assertThat(fresh).allSatisfy(sql -> {
			String statement = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (!statement.startsWith("insert")) {
				assertThat(INDEXED).as(statement).anyMatch(statement::contains);
			}
		});
	}

	private List<String> clockStatementsOfOneTask() {
		List<String> all = log.during(() -> {
			String instance = runtimeService
				.startProcessInstanceByKey(PROCESS_KEY, Map.of("client", "northwind", "priority", "normal"))
				.getId();
			Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
			taskService.complete(task.getId());
		});
		return all.stream().filter(sql -> sql != null && sql.toLowerCase(Locale.ROOT).contains("sla_clock")).toList();
	}

	/**
	 * Stopped clocks of northwind with their log entries, as the clock code stores them.
	 */
	private void storeHistory(int clocks) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int i = 0; i < clocks; i++) {
			String id = UUID.randomUUID().toString();
			Timestamp started = Timestamp.from(MONDAY_10_BERLIN.minusSeconds(60L * (i + 1)));
			rows.add(new Object[] { id, "history-instance-" + i, "history-task-" + i, started, started });
			events.add(new Object[] { id, "STARTED", started });
			events.add(new Object[] { id, "MET", started });
		}
		jdbc.batchUpdate("""
				insert into sla_clock (id, client, target_id, policy_version, process_instance_id,
				    process_definition_key, task_id, task_definition_key, priority, within_millis, state, started_at,
				    stopped_at, warnings_fired, lock_version)
				values (?, 'northwind', 'first-response', 1, ?, 'StatementsFirstResponse', ?, 'Task_FirstResponse',
				    'normal', 14400000, 'MET', ?, ?, 0, 0)""", rows);
		jdbc.batchUpdate("insert into sla_clock_event (clock_id, type, at) values (?, ?, ?)", events);
	}

}
