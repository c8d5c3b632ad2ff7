package org.communityops.intake.discourse;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accepted deliveries ({@code intake_inbox}). Storing one is the request's only
 * write, so Discourse hears 2xx only once the event is safe; a redelivery of the same
 * event id is refused by the table's key, not by a read-then-write race.
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
		try {
			jdbc.update(
					"insert into intake_inbox (platform, client, event_id, event_type, event_name, body, received_at)"
							+ " values (?, ?, ?, ?, ?, ?, ?)",
					PLATFORM, client, eventId, type, event, new String(body, StandardCharsets.UTF_8),
					Timestamp.from(clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
