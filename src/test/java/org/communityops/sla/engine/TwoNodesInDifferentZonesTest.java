package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;
import org.communityops.testing.SharedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two production nodes in JVMs of their own, one in New York and one in Tokyo, started
 * together on one empty database: both come up, each reads the other's task due dates and
 * timers at the instant they were planned, and every breach of either node's work is
 * recorded once, not before its moment, with exactly one escalation. The engine keeps its
 * timestamps as zone-less local times, so this holds only because every node stores them
 * in UTC.
 */
@AlsoOnPostgreSql
class TwoNodesInDifferentZonesTest {

	private static final Duration START_UP = Duration.ofMinutes(4);

	private static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-NODES, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: first-response
			    name: First response to a member
			    task: Task_FirstResponse
			    within: 30s
			    by-priority: {low: 3h}
			    clock: 24x7
			    warn-at: [50%]
			""";

	@TempDir
	Path policies;

	private NodeCluster cluster;

	@AfterEach
	void stopNodes() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void nodesInDifferentZonesTimeEachOthersWorkAtTheSameInstants() throws Exception {
		Files.writeString(policies.resolve("northwind.yaml"), POLICY);
		cluster = new NodeCluster(policies);
		SharedDatabase database = cluster.database();
		ApplicationNode newYork = start("node-new-york", "America/New_York");
		if (!database.isPostgreSql()) {
			// H2 serves one node in production; here its server shares it, but its DDL is
			// not transactional
			newYork.awaitUp(START_UP);
		}
		ApplicationNode tokyo = start("node-tokyo", "Asia/Tokyo");
		newYork.awaitUp(START_UP);
		tokyo.awaitUp(START_UP);
		NodeWork newYorkWork = new NodeWork(newYork.port());
		NodeWork tokyoWork = new NodeWork(tokyo.port());

		List<String> breaching = new ArrayList<>();
		List<String> longTasks = new ArrayList<>();
		List<String> waitingForReply = new ArrayList<>();
		for (NodeWork node : List.of(newYorkWork, tokyoWork)) {
			for (int i = 0; i < 4; i++) {
				breaching.add(node.firstResponseTask("normal"));
			}
			longTasks.add(node.firstResponseTask("low"));
			waitingForReply.add(node.waitingForMemberReply(Duration.ofHours(2)));
		}

		try (Connection connection = database.connect()) {
			for (String task : Stream.concat(breaching.stream(), longTasks.stream()).toList()) {
				Instant due = instant(connection, "select due_at from sla_clock where task_id = '" + task + "'");
				assertThat(newYorkWork.taskDue(task)).as("task %s due, seen in New York", task).isEqualTo(due);
				assertThat(tokyoWork.taskDue(task)).as("task %s due, seen in Tokyo", task).isEqualTo(due);
			}
			for (String instance : waitingForReply) {
				assertThat(tokyoWork.timerDue(instance)).as("reply timer of %s", instance)
					.isEqualTo(newYorkWork.timerDue(instance))
					.isAfter(Instant.now().plus(Duration.ofMinutes(110)));
			}

			await().atMost(Duration.ofMinutes(3))
				.until(() -> count(connection,
						"select count(*) from sla_clock where escalation_instance_id is not null") == breaching.size());
			for (String task : breaching) {
				assertThat(count(connection, clockEvents(task, "BREACHED"))).as("breaches of %s", task).isOne();
				assertThat(count(connection,
						"select count(*) from sla_clock where task_id = '" + task + "' and breached_at >= due_at"))
					.as("%s breached at or after its due moment", task)
					.isOne();
				assertThat(count(connection, clockEvents(task, "WARNED"))).as("warnings of %s", task).isOne();
				Instant started = instant(connection,
						"select started_at from sla_clock where task_id = '" + task + "'");
				assertThat(instant(connection,
						"select e.at from sla_clock_event e join sla_clock c on c.id = e.clock_id"
								+ " where c.task_id = '" + task + "' and e.type = 'WARNED'"))
					.as("%s warned not before half its 30 s", task)
					.isAfterOrEqualTo(started.plusSeconds(15));
				String clock = text(connection, "select id from sla_clock where task_id = '" + task + "'");
				assertThat(tokyoWork.escalationsOf(clock)).as("escalations of clock %s", clock).isOne();
			}
		}
		try (Connection connection = database.connect()) {
			for (String task : longTasks) {
				assertThat(count(connection,
						"select count(*) from sla_clock_event e join sla_clock c on c.id = "
								+ "e.clock_id where c.task_id = '" + task + "' and e.type <> 'STARTED'"))
					.as("events of the 3 h clock of %s besides its start", task)
					.isZero();
			}
		}
		for (String instance : waitingForReply) {
			assertThat(newYorkWork.isWaitingForReply(instance)).as("%s still waits for the member", instance).isTrue();
		}
	}

	private ApplicationNode start(String name, String zone) {
		return cluster.start(name, zone, "--communityops.sla.clocks.deadline-sweep=5s");
	}

	private static String clockEvents(String task, String type) {
		return "select count(*) from sla_clock_event e join sla_clock c on c.id = e.clock_id where c.task_id = '" + task
				+ "' and e.type = '" + type + "'";
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static Instant instant(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getObject(1, OffsetDateTime.class).toInstant();
		}
	}

}
