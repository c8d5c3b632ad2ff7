package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.communityops.notification.NotifyingNodes.Row;
import org.communityops.notification.WebhookReceiver.Received;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;
import org.communityops.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two production nodes on one PostgreSQL database, both with the webhook {@code ops},
 * deliver each of its notifications once: the receiver gets every webhook-id of the
 * outbox exactly once, from one node or the other. Each node's copy of the webhook points
 * at a path of its own on the receiver, so the test sees which node sent what. The
 * receiver holds the first request until every request's warning, breach and escalation
 * is written: then one node is sending it and the other node's worker is seen waiting for
 * that row's lock, and once released both go through the same backlog. Without the row
 * lock the waiting node would send the held notification too; without the check of the
 * row's state after the lock it would send it again once it got the lock; either makes a
 * webhook-id arrive twice.
 */
@AlsoOnPostgreSql
class TwoNodesDeliverEachNotificationOnceTest {

	private static final Duration START_UP = Duration.ofMinutes(4);

	private static final int REQUESTS = 10;

	/** A node's worker waiting for the lock of an outbox row another node holds. */
	private static final String WAITING_FOR_A_ROW = "select count(*) from pg_stat_activity"
			+ " where datname = current_database() and wait_event_type = 'Lock'"
			+ " and query like '%from notification_outbox where seq = $1 for update%'";

	@TempDir
	Path policies;

	private final WebhookReceiver receiver = new WebhookReceiver();

	private NodeCluster cluster;

	@AfterEach
	void stop() {
		if (cluster != null) {
			cluster.close();
		}
		receiver.close();
	}

	@Test
	void twoNodesSendEachNotificationOfTheirOutboxOnce() throws Exception {
		assumeTrue(TestDatabase.postgreSql(), "several nodes share a PostgreSQL database; H2 serves one node");
		Files.writeString(policies.resolve("northwind.yaml"), NotifyingNodes.POLICY);
		cluster = new NodeCluster(policies, 8);
		receiver.hold("/ops/a");
		receiver.hold("/ops/b");
		// one after the other: this test is about delivery, not two starts on an empty
		// database (ATenantAnotherNodeCreatedFirstDoesNotStopTheStartTest)
		ApplicationNode a = start("node-a", "/ops/a").awaitUp(START_UP);
		ApplicationNode b = start("node-b", "/ops/b").awaitUp(START_UP);
		List<Api> nodes = List.of(new Api(a.port()), new Api(b.port()));
		for (int i = 0; i < REQUESTS; i++) {
			NotifyingNodes.request(nodes.get(i % 2));
		}

		try (Connection database = cluster.database().connect()) {
			await().atMost(Duration.ofMinutes(3))
				.until(() -> NotifyingNodes.escalated(database) == REQUESTS
						&& NotifyingNodes.outbox(database, "ops").size() == NotifyingNodes.written(database));
			await().atMost(Duration.ofMinutes(1))
				.until(() -> NotifyingNodes.count(database, WAITING_FOR_A_ROW) == 1 || inFlight() > 1);
			assertThat(inFlight()).as("requests in flight: the one node's, while the other waits for its row").isOne();
			assertThat(NotifyingNodes.outbox(database, "ops")).as("the backlog")
				.hasSize(3 * REQUESTS)
				.allMatch(row -> row.state().equals("pending"));

			receiver.release("/ops/a");
			receiver.release("/ops/b");
			await().atMost(Duration.ofMinutes(2)).until(() -> NotifyingNodes.allDelivered(database, "ops"));

			List<Row> rows = NotifyingNodes.outbox(database, "ops");
			List<Received> fromA = receiver.received("/ops/a");
			List<Received> fromB = receiver.received("/ops/b");
			List<Received> all = new ArrayList<>(fromA);
			all.addAll(fromB);
			Map<String, Integer> received = NotifyingNodes.byId(all);
			assertThat(received.keySet()).as("webhook-ids received")
				.containsExactlyInAnyOrderElementsOf(rows.stream().map(Row::id).toList());
			assertThat(received.values()).as("times each webhook-id was received, from either node").containsOnly(1);
			assertThat(all).as("all accepted").allMatch(request -> request.status() == 204);
			assertThat(rows).as("one attempt each").allMatch(row -> row.attempts() == 1);
			assertThat(fromA).as("sent by node a (of %d)", rows.size()).isNotEmpty();
			assertThat(fromB).as("sent by node b (of %d)", rows.size()).isNotEmpty();
			System.out.printf("Of %d notifications node a sent %d, node b %d%n", rows.size(), fromA.size(),
					fromB.size());
		}
	}

	private int inFlight() {
		return receiver.holding("/ops/a") + receiver.holding("/ops/b");
	}

	private ApplicationNode start(String name, String path) {
		List<String> arguments = new ArrayList<>(NotifyingNodes.webhook(0, "ops", receiver.url(path)));
		arguments.add("--communityops.notifications.sweep=500ms");
		arguments.add("--communityops.notifications.timeout=5m");
		return cluster.start(name, "UTC", arguments.toArray(String[]::new));
	}

}
