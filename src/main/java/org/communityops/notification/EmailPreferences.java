package org.communityops.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The email choices people have made ({@code notification_preferences}), only the
 * explicit ones: a person without a row gets the default.
 */
@Component
class EmailPreferences {

	private final JdbcTemplate jdbc;

	EmailPreferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's choices, by client and type. */
	List<Chosen> of(String person) {
		return jdbc.query(
				"select client, event_type, choice from notification_preferences where person_id = ?"
						+ " order by client, event_type",
				(row, i) -> new Chosen(row.getString(1), NoticeType.of(row.getString(2)),
						EmailChoice.named(row.getString(3)).orElseThrow()),
				person);
	}

	/** Who has chosen what for the client's notifications of the type, by person. */
	Map<String, EmailChoice> ofClient(String client, NoticeType type) {
		Map<String, EmailChoice> choices = new HashMap<>();
		jdbc.query("select person_id, choice from notification_preferences where client = ? and event_type = ?",
				row -> {
					choices.put(row.getString(1), EmailChoice.named(row.getString(2)).orElseThrow());
				}, client, type.type());
		return choices;
	}

	/**
	 * Replaces the person's choices with {@code chosen}, in the caller's transaction.
	 */
	void replace(String person, List<Chosen> chosen, Instant at) {
		jdbc.update("delete from notification_preferences where person_id = ?", person);
		jdbc.batchUpdate(
				"insert into notification_preferences (person_id, client, event_type, choice, chosen_at)"
						+ " values (?, ?, ?, ?, ?)",
				chosen.stream()
					.map(choice -> new Object[] { person, choice.client(), choice.type().type(), choice.choice().key(),
							Timestamp.from(at) })
					.toList());
	}

	/** One explicit choice. */
	record Chosen(String client, NoticeType type, EmailChoice choice) {
	}

}
