package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.communityops.notification.WebhookReceiver.Received;
import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;

/**
 * Northwind requests whose triage warns and breaches on production nodes (node tests),
 * and what the nodes' shared database says they notified.
 */
final class NotifyingNodes {

	/**
	 * Triage within 20 s, a warning at 50%: each request's clock writes three
	 * notifications per webhook (warning, breach, escalation started) within half a
	 * minute.
	 */
	static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-OUTBOX, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: triage
			    name: Triage of a member request
			    task: Task_Triage
			    within: 20s
			    clock: 24x7
			    warn-at: [50%]
			""";

	private NotifyingNodes() {
	}

	/**
	 * The arguments configuring a Standard Webhooks webhook of a node, the
	 * {@code index}th.
	 */
	static List<String> webhook(int index, String name, String url) {
		String webhook = "--communityops.notifications.webhooks[" + index + "].";
		return List.of(webhook + "name=" + name, webhook + "url=" + url,
				webhook + "secret=" + WebhookNotificationsTest.SECRET);
	}

	/** Starts a northwind member request through the node's engine REST API. */
	static void request(Api node) {
		Api.Answer started = node.call(ApplicationNode.ADMIN, "POST",
				"/engine-rest/process-definition/key/MemberSupportProcess/start", """
						{"variables": {"client": {"value": "northwind"}, "requestKind": {"value": "question"},
						 "priority": {"value": "normal"}, "memberName": {"value": "ada"},
						 "subject": {"value": "Export"}, "details": {"value": "CSV export stops"}}}""");
		assertThat(started.status()).as(started.body()).isEqualTo(200);
	}

	/** The clocks whose breach started an escalation. */
	static long escalated(Connection database) throws SQLException {
		return count(database, "select count(*) from sla_clock where escalation_instance_id is not null");
	}

	/**
	 * The notifications each webhook should have, as the clocks record their events:
	 * warnings, breaches and escalations started.
	 */
	static long written(Connection database) throws SQLException {
		return count(database, "select count(*) from sla_clock_event where type in ('WARNED', 'BREACHED')")
				+ escalated(database);
	}

	/** The webhook's rows of the outbox, in the order written. */
	static List<Row> outbox(Connection database, String webhook) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement statement = database.prepareStatement(
				"select id, state, attempts, last_status from notification_outbox where webhook = ? order by seq")) {
			statement.setString(1, webhook);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(new Row(result.getString(1), result.getString(2), result.getInt(3),
							(Integer) result.getObject(4)));
				}
			}
		}
		return rows;
	}

	/** Whether every row of the webhook is delivered. */
	static boolean allDelivered(Connection database, String webhook) throws SQLException {
		List<Row> rows = outbox(database, webhook);
		return !rows.isEmpty() && rows.stream().allMatch(row -> row.state().equals("delivered"));
	}

	/** How often each webhook-id was received, by id. */
	static Map<String, Integer> byId(List<Received> requests) {
		Map<String, Integer> counts = new TreeMap<>();
		requests.forEach(request -> counts.merge(request.id(), 1, Integer::sum));
		return counts;
	}

	static long count(Connection database, String sql) throws SQLException {
		try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** A row of {@code notification_outbox}. */
	record Row(String id, String state, int attempts, Integer lastStatus) {
	}

}
