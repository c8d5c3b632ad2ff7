package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.communityops.notification.NotifyingNodes.Row;
import org.communityops.notification.WebhookReceiver.Received;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed with {@code SIGKILL} after its notifications were committed and before
 * they were delivered loses none and doubles none by webhook-id: the next node on the
 * database delivers each once. The receiver holds the first request of each of two
 * webhooks, so the node dies with every notification written (three per breaching
 * request) and none recorded as delivered, one in flight per webhook. The in-flight
 * request that the receiver {@code stores} after the kill (its 2xx answer lost with the
 * node) comes again from the next node with the same webhook-id and body, as at least
 * once promises, and is the only request received twice; the one the receiver
 * {@code drops} (503) is delivered by the next node. Every row ends delivered with one
 * attempt recorded. An outbox kept in memory would lose them all; a row marked delivered
 * before it is sent would lose the dropped one; an id made per attempt would make the
 * stored one two notifications.
 */
@AlsoOnPostgreSql
class KilledNodeLosesAndDoublesNoNotificationTest {

	private static final Duration START_UP = Duration.ofMinutes(4);

	private static final int REQUESTS = 4;

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
	void notificationsCommittedBeforeAKillReachEachReceiverOncePerWebhookId() throws Exception {
		Files.writeString(policies.resolve("northwind.yaml"), NotifyingNodes.POLICY);
		cluster = new NodeCluster(policies, 8);
		receiver.hold("/stores");
		receiver.hold("/drops");
		ApplicationNode killed = start("node-killed", "--communityops.notifications.timeout=5m");
		Api api = new Api(killed.port());
		for (int i = 0; i < REQUESTS; i++) {
			NotifyingNodes.request(api);
		}

		try (Connection database = cluster.database().connect()) {
			await().atMost(Duration.ofMinutes(3))
				.until(() -> NotifyingNodes.escalated(database) == REQUESTS
						&& NotifyingNodes.outbox(database, "stores").size() == NotifyingNodes.written(database)
						&& NotifyingNodes.outbox(database, "drops").size() == NotifyingNodes.written(database)
						&& receiver.holding("/stores") == 1 && receiver.holding("/drops") == 1);
			killed.kill();
			long written = NotifyingNodes.written(database);
			assertThat(written).as("warning, breach and escalation of each request").isEqualTo(3 * REQUESTS);
			for (String webhook : List.of("stores", "drops")) {
				assertThat(NotifyingNodes.outbox(database, webhook)).as("%s's notifications at the kill", webhook)
					.hasSize((int) written)
					.allMatch(row -> row.state().equals("pending") && row.attempts() == 0);
			}

			receiver.answer("/drops", 503);
			receiver.release("/stores");
			receiver.release("/drops");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> receiver.received("/stores").size() == 1 && receiver.received("/drops").size() == 1);
			receiver.answer("/drops", 204);
			Received stored = receiver.received("/stores").get(0);
			Received dropped = receiver.received("/drops").get(0);
			assertThat(stored.status()).as("the in-flight request the receiver stored").isEqualTo(204);

			ApplicationNode next = start("node-next");
			await().atMost(Duration.ofMinutes(3))
				.until(() -> NotifyingNodes.allDelivered(database, "stores")
						&& NotifyingNodes.allDelivered(database, "drops"));
			assertThat(NotifyingNodes.written(database)).as("notifications written, after the next node's start")
				.isEqualTo(written);

			List<Row> storesRows = NotifyingNodes.outbox(database, "stores");
			Map<String, Integer> storesAccepted = NotifyingNodes.byId(receiver.accepted("/stores"));
			assertThat(storesAccepted.keySet()).as("webhook-ids the receiver stored, none lost")
				.containsExactlyInAnyOrderElementsOf(ids(storesRows));
			assertThat(storesAccepted).as("the one in flight at the kill twice, every other once")
				.containsEntry(stored.id(), 2)
				.allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(id.equals(stored.id()) ? 2 : 1));
			assertThat(receiver.accepted("/stores")).filteredOn(request -> request.id().equals(stored.id()))
				.as("the same notification both times")
				.allMatch(request -> request.body().equals(stored.body()));

			List<Row> dropsRows = NotifyingNodes.outbox(database, "drops");
			Map<String, Integer> dropsAccepted = NotifyingNodes.byId(receiver.accepted("/drops"));
			assertThat(dropsAccepted.keySet()).as("webhook-ids the receiver stored, the dropped one among them")
				.containsExactlyInAnyOrderElementsOf(ids(dropsRows))
				.contains(dropped.id());
			assertThat(dropsAccepted.values()).as("each stored once").containsOnly(1);

			List<Row> rows = new ArrayList<>(storesRows);
			rows.addAll(dropsRows);
			assertThat(rows).as("every row delivered, one attempt recorded (the in-flight one died with the node)")
				.allMatch(row -> row.state().equals("delivered") && row.attempts() == 1 && row.lastStatus() == 204);
			for (Received request : receiver.received("/stores")) {
				assertThat(request.signature()).as("signed")
					.isEqualTo(WebhookNotificationsTest.expectedSignature(request));
			}
			assertThat(next.isAlive()).isTrue();
		}
	}

	private ApplicationNode start(String name, String... arguments) {
		List<String> all = new ArrayList<>(NotifyingNodes.webhook(0, "stores", receiver.url("/stores")));
		all.addAll(NotifyingNodes.webhook(1, "drops", receiver.url("/drops")));
		all.add("--communityops.notifications.sweep=500ms");
		all.addAll(List.of(arguments));
		return cluster.start(name, "UTC", all.toArray(String[]::new)).awaitUp(START_UP);
	}

	private static List<String> ids(List<Row> rows) {
		return rows.stream().map(Row::id).collect(Collectors.toList());
	}

}
