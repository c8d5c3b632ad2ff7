package org.communityops.intake.discourse;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The forum items that have become work ({@code intake_items}): claiming one in the
 * transaction that starts its item makes a second start impossible, whether it comes from
 * a redelivery under a new event id, a later event about the same item or another node.
 */
@Component
class ItemClaims {

	private final JdbcTemplate jdbc;

	ItemClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when the item became work before (nothing is written)
	 */
	boolean claim(String client, String itemKey, String businessKey, Instant at) {
		if (claimed(client, itemKey)) {
			return false;
		}
		try {
			jdbc.update(
					"insert into intake_items (platform, client, item_key, business_key, started_at)"
							+ " values (?, ?, ?, ?, ?)",
					Inbox.PLATFORM, client, itemKey, businessKey, Timestamp.from(at));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean claimed(String client, String itemKey) {
		return jdbc.queryForObject(
				"select count(*) from intake_items where platform = ? and client = ? and item_key = ?", Integer.class,
				Inbox.PLATFORM, client, itemKey) > 0;
	}

}
