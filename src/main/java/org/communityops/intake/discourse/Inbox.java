package org.communityops.intake.discourse;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accepted deliveries ({@code intake_inbox}). Storing one is the request's only
 * write, so Discourse hears 2xx only once the event is safe; a redelivery of the same
 * event id is refused by the table's key, not by a read-then-write race. An event stays
 * {@code received} until it has been acted on; acting locks its row first, so of two
 * nodes only one acts on it.
 */
@Component
class Inbox {

	static final String PLATFORM = "discourse";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Inbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return false when this event was accepted before
	 */
	boolean accept(String client, String eventId, String type, String event, byte[] body) {
		Timestamp now = Timestamp.from(clock.instant());
		try {
			jdbc.update(
					"insert into intake_inbox (platform, client, event_id, event_type, event_name, body, received_at,"
							+ " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					PLATFORM, client, eventId, type, event, new String(body, StandardCharsets.UTF_8), now, now);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The events due to be acted on at {@code now}, oldest first. */
	List<Key> due(Instant now, int limit) {
		return jdbc.query("select client, event_id from intake_inbox where platform = ? and state = 'received'"
				+ " and next_attempt_at <= ? order by received_at, event_id fetch first " + limit + " rows only",
				(row, i) -> new Key(row.getString(1), row.getString(2)), PLATFORM, Timestamp.from(now));
	}

	/**
	 * Locks the event's row until the caller's transaction ends.
	 * @return the event, empty when it is no longer due (another node acted on it)
	 */
	Optional<Event> lock(Key key, Instant now) {
		return jdbc.query("select event_name, body, attempts, state, next_attempt_at from intake_inbox"
				+ " where platform = ? and client = ? and event_id = ? for update", (row, i) -> {
					boolean due = "received".equals(row.getString(4)) && !row.getTimestamp(5).toInstant().isAfter(now);
					return due ? new Event(key, row.getString(1), row.getString(2), row.getInt(3)) : null;
				}, PLATFORM, key.client(), key.eventId())
			.stream()
			.filter(event -> event != null)
			.findFirst();
	}

	void done(Key key, String outcome, Instant at) {
		jdbc.update(
				"update intake_inbox set state = 'done', attempts = attempts + 1, outcome = ?, processed_at = ?"
						+ " where platform = ? and client = ? and event_id = ?",
				limit(outcome), Timestamp.from(at), PLATFORM, key.client(), key.eventId());
	}

	/**
	 * One more failed attempt: try again at {@code retryAt}, or never when it is null.
	 */
	void failed(Key key, String error, Instant at, Instant retryAt) {
		jdbc.update(
				"update intake_inbox set state = ?, attempts = attempts + 1, outcome = ?, processed_at = ?,"
						+ " next_attempt_at = ? where platform = ? and client = ? and event_id = ?",
				retryAt == null ? "failed" : "received", limit(error), retryAt == null ? Timestamp.from(at) : null,
				Timestamp.from(retryAt == null ? at : retryAt), PLATFORM, key.client(), key.eventId());
	}

	private static String limit(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
	}

	record Key(String client, String eventId) {
	}

	record Event(Key key, String name, String body, int attempts) {
	}

}
