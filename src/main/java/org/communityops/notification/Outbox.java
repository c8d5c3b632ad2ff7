package org.communityops.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The notifications to deliver and delivered ({@code notification_outbox}), a row per
 * notification and webhook. Delivering one locks its row first, so of two nodes only one
 * sends it; its id, the webhook-id, stays the same on every attempt.
 */
@Component
class Outbox {

	static final String PENDING = "pending";

	private static final RowMapper<Delivery> DELIVERY = (row, i) -> new Delivery(row.getString("id"),
			row.getString("webhook"), row.getString("event_type"), row.getString("client"), row.getString("item"),
			row.getString("recipient"), row.getString("state"), row.getInt("attempts"),
			instant(row.getTimestamp("created_at")), instant(row.getTimestamp("next_attempt_at")),
			(Integer) row.getObject("last_status"), row.getString("last_error"),
			instant(row.getTimestamp("delivered_at")));

	private final JdbcTemplate jdbc;

	Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a notification for one channel, in the caller's transaction.
	 * @param recipient the user an email goes to; null for a webhook
	 */
	String add(String webhook, NoticeType type, String client, String item, String recipient, String body,
			Instant now) {
		String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
		Timestamp at = Timestamp.from(now);
		jdbc.update(
				"insert into notification_outbox (id, webhook, event_type, client, item, recipient, body, created_at,"
						+ " state, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, webhook, type.type(), client, item, recipient, body, at, PENDING, at);
		return id;
	}

	/**
	 * The webhook's pending notifications in the order written, the first {@code limit}.
	 */
	List<Pending> pending(String webhook, int limit) {
		return jdbc.query(
				"select seq, next_attempt_at from notification_outbox where webhook = ? and state = ?"
						+ " order by seq fetch first " + limit + " rows only",
				(row, i) -> new Pending(row.getLong(1), row.getTimestamp(2).toInstant()), webhook, PENDING);
	}

	/**
	 * Locks the row until the caller's transaction ends.
	 * @return the notification, empty when it is no longer pending (another node sent it)
	 */
	Optional<Message> lock(long seq) {
		return jdbc
			.query("select id, body, attempts, state from notification_outbox where seq = ? for update",
					(row, i) -> PENDING.equals(row.getString(4))
							? new Message(seq, row.getString(1), row.getString(2), row.getInt(3)) : null,
					seq)
			.stream()
			.filter(message -> message != null)
			.findFirst();
	}

	void delivered(long seq, int status, Instant at) {
		jdbc.update("update notification_outbox set state = 'delivered', attempts = attempts + 1, last_status = ?,"
				+ " last_error = null, delivered_at = ? where seq = ?", status, Timestamp.from(at), seq);
	}

	/**
	 * One more failed attempt: tried again at {@code retryAt}, or given up as
	 * {@code finalState} when it is null.
	 */
	void failed(long seq, Integer status, String error, Instant retryAt, String finalState) {
		jdbc.update(
				"update notification_outbox set state = ?, attempts = attempts + 1, last_status = ?, last_error = ?,"
						+ " next_attempt_at = coalesce(?, next_attempt_at) where seq = ?",
				retryAt == null ? finalState : PENDING, status, limit(error),
				retryAt == null ? null : Timestamp.from(retryAt), seq);
	}

	/**
	 * The newest deliveries first, filtered by whichever of the arguments is not null.
	 */
	List<Delivery> log(String webhook, String state, String client, int limit) {
		StringBuilder sql = new StringBuilder("select * from notification_outbox where 1 = 1");
		List<Object> arguments = new ArrayList<>();
		for (String[] filter : new String[][] { { "webhook", webhook }, { "state", state }, { "client", client } }) {
			if (filter[1] != null) {
				sql.append(" and ").append(filter[0]).append(" = ?");
				arguments.add(filter[1]);
			}
		}
		sql.append(" order by seq desc fetch first ").append(limit).append(" rows only");
		return jdbc.query(sql.toString(), DELIVERY, arguments.toArray());
	}

	boolean disabled(String webhook) {
		return !jdbc
			.queryForList("select webhook from notification_webhooks_disabled where webhook = ?", String.class, webhook)
			.isEmpty();
	}

	void disable(String webhook, String reason, Instant at) {
		if (!disabled(webhook)) {
			jdbc.update("insert into notification_webhooks_disabled (webhook, disabled_at, reason) values (?, ?, ?)",
					webhook, Timestamp.from(at), limit(reason));
		}
	}

	void enable(String webhook) {
		jdbc.update("delete from notification_webhooks_disabled where webhook = ?", webhook);
	}

	private static String limit(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	record Pending(long seq, Instant nextAttemptAt) {
	}

	record Message(long seq, String id, String body, int attempts) {
	}

	/** A row of the delivery log, as administrators read it. */
	record Delivery(String id, String webhook, String type, String client, String item, String recipient, String state,
			int attempts, Instant createdAt, Instant nextAttemptAt, Integer lastStatus, String lastError,
			Instant deliveredAt) {
	}

}
