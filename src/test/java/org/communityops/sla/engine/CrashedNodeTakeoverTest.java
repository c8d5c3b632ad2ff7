package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;
import org.communityops.testing.SharedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed while it runs a clock's deadline job leaves the job locked in the
 * database; another node (or the same one restarted) runs it once the lock expires, so
 * the breach is escalated about half a minute after the crash, not after the engine's
 * default lock time of five minutes. The test holds the clock's row locked, so the first
 * node's job is caught mid-run, then kills that node with {@code SIGKILL}.
 */
@AlsoOnPostgreSql
class CrashedNodeTakeoverTest {

	private static final Duration START_UP = Duration.ofMinutes(4);

	/**
	 * From the crash to the escalation: the job lock time plus one acquisition interval,
	 * with room for a slow start.
	 */
	private static final Duration TAKEOVER = Duration.ofMinutes(1);

	private static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-CRASH, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: first-response
			    name: First response to a member
			    task: Task_FirstResponse
			    within: 20s
			    clock: 24x7
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
	void anotherNodeEscalatesTheBreachOfACrashedNodeWithinAMinute() throws Exception {
		Files.writeString(policies.resolve("northwind.yaml"), POLICY);
		cluster = new NodeCluster(policies);
		SharedDatabase database = cluster.database();
		ApplicationNode crashing = cluster.start("node-crashing", "UTC").awaitUp(START_UP);
		String task = new NodeWork(crashing.port()).firstResponseTask("normal");

		String clock;
		Instant crashedAt;
		try (Connection holder = database.connect(); Connection reader = database.connect()) {
			holder.setAutoCommit(false);
			clock = text(holder, "select id from sla_clock where task_id = ? for update", task);
			await().atMost(Duration.ofMinutes(2))
				.until(() -> text(reader,
						"select count(*) from act_ru_job where handler_cfg_ = ?" + " and lock_owner_ is not null",
						clock)
					.equals("1"));
			// the node now runs the breach and waits for the clock's row; the transaction
			// it is in dies with it
			crashing.kill();
			crashedAt = Instant.now();
			holder.rollback();
		}

		ApplicationNode survivor = cluster.start("node-survivor", "UTC").awaitUp(START_UP);
		NodeWork work = new NodeWork(survivor.port());
		await().atMost(TAKEOVER.plusMinutes(1)).until(() -> work.escalationsOf(clock) > 0);
		try (Connection connection = database.connect()) {
			Instant escalated = engineTime(connection,
					"select start_time_ from act_hi_procinst where business_key_ = ?", "sla-breach-" + clock);
			assertThat(Duration.between(crashedAt, escalated)).as("from the crash to the escalation")
				.isLessThan(TAKEOVER);
			assertThat(text(connection, "select count(*) from sla_clock_event where clock_id = ? and type = 'BREACHED'",
					clock))
				.as("breaches recorded")
				.isEqualTo("1");
			assertThat(instant(connection, "select breached_at from sla_clock where id = ?", clock))
				.as("the breach is recorded at the due moment, not when it was run")
				.isEqualTo(instant(connection, "select due_at from sla_clock where id = ?", clock));
		}
		assertThat(work.escalationsOf(clock)).as("escalations of the clock").isOne();
	}

	private static String text(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("a row of %s", sql).isTrue();
				return rows.getString(1);
			}
		}
	}

	/** A time the engine stored: zone-less, in UTC, the zone every node runs in. */
	private static Instant engineTime(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("a row of %s", sql).isTrue();
				return rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
			}
		}
	}

	private static Instant instant(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("a row of %s", sql).isTrue();
				return rows.getObject(1, OffsetDateTime.class).toInstant();
			}
		}
	}

}
