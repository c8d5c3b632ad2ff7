package org.communityops.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;
import org.communityops.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that finds no tenant for a client and is beaten to creating it by another node
 * starting at the same time still starts, with the other node's tenant and its client
 * group as a member. The test plays the other node: it inserts the tenant in a
 * transaction it holds open until the starting node's insert waits for it, then commits,
 * so that insert fails on the key, as one of two nodes started together on an empty
 * database did (and stopped its start).
 */
@AlsoOnPostgreSql
class ATenantAnotherNodeCreatedFirstDoesNotStopTheStartTest {

	private static final Duration START_UP = Duration.ofMinutes(4);

	private static final String POLICY = """
			client: %s
			name: %s community
			contract: {id: %s-TENANT, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: triage
			    name: Triage of a member request
			    task: Task_Triage
			    within: 1h
			    clock: 24x7
			""";

	private static final String WAITING_TO_INSERT_THE_TENANT = "select count(*) from pg_stat_activity"
			+ " where datname = current_database() and wait_event_type = 'Lock'"
			+ " and query ilike '%insert into act_id_tenant (%'";

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
	void aNodeBeatenToCreatingAClientsTenantUsesTheOtherNodesTenant() throws Exception {
		assumeTrue(TestDatabase.postgreSql(), "several nodes share a PostgreSQL database; H2 serves one node");
		Files.writeString(policies.resolve("globex.yaml"), POLICY.formatted("globex", "Globex", "GX"));
		cluster = new NodeCluster(policies);
		cluster.start("node-first", "UTC").awaitUp(START_UP).stop();
		Files.writeString(policies.resolve("northwind.yaml"), POLICY.formatted("northwind", "Northwind", "NW"));

		try (Connection other = cluster.database().connect(); Connection reader = cluster.database().connect()) {
			other.setAutoCommit(false);
			try (Statement statement = other.createStatement()) {
				statement.executeUpdate("insert into act_id_tenant (id_, rev_, name_)"
						+ " values ('northwind', 1, 'Northwind, by the other node')");
			}
			ApplicationNode starting = cluster.start("node-starting", "UTC");
			await().atMost(START_UP)
				.until(() -> !starting.isAlive() || count(reader, WAITING_TO_INSERT_THE_TENANT) == 1);
			other.commit();

			starting.awaitUp(START_UP);
			assertThat(text(reader, "select name_ from act_id_tenant where id_ = 'northwind'"))
				.as("the tenant the other node made")
				.isEqualTo("Northwind, by the other node");
			assertThat(count(reader,
					"select count(*) from act_id_tenant_member"
							+ " where tenant_id_ = 'northwind' and group_id_ = 'client-northwind'"))
				.as("the client group a member of it")
				.isOne();
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		return Long.parseLong(text(connection, sql));
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).as("a row of %s", sql).isTrue();
			return rows.getString(1);
		}
	}

}
