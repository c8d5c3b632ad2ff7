package org.communityops.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.function.Consumer;

import org.communityops.report.ScannedClock.Change;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams a client's clocks due in a span, each with the log entries a report needs, without holding more than one
 * window's rows: the span is read a quarter of an hour of due times at a time (index {@code sla_clock_client_due}), each window
 * sorted by due time, clock and log order, so a clock's rows arrive together. Clocks without a due time (paused, or
 * stopped while paused) are read last, placed by their breach or stop. The queries are public for the benchmark that
 * compares a report with a plain scan of the same rows.
 */
@Component
public class ClockScan {

	/** How much due time one query covers; small enough that a window's rows sort in memory. */
	public static final Duration WINDOW = Duration.ofMinutes(15);

	static final String COLUMNS = """
			select c.id, c.target_id, c.policy_version, c.process_instance_id, c.task_id, c.task_definition_key,
			       c.within_millis, c.state, c.started_at, c.due_at, c.breached_at, c.stopped_at, c.holder,
			       e.type, e.at, e.holder as event_holder
			from sla_clock c left join sla_clock_event e
			  on e.clock_id = c.id and e.type in ('STARTED', 'REASSIGNED', 'PAUSED', 'RESUMED')
			""";

	public static final String DUE_IN_WINDOW = COLUMNS + """
			where c.client = ? and c.due_at >= ? and c.due_at < ?
			order by c.due_at, c.id, e.at, e.id""";

	public static final String WITHOUT_DUE = COLUMNS + """
			where c.client = ? and c.due_at is null and coalesce(c.breached_at, c.stopped_at) >= ?
			  and coalesce(c.breached_at, c.stopped_at) < ?
			order by coalesce(c.breached_at, c.stopped_at), c.id, e.at, e.id""";

	private final JdbcTemplate jdbc;

	ClockScan(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every clock of the client whose {@link ScannedClock#reportAt} is in {@code [from, to)}, by due time. */
	void scan(String client, Instant from, Instant to, Consumer<ScannedClock> each) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement due = prepare(connection, DUE_IN_WINDOW)) {
				for (Instant window = from; window.isBefore(to); window = window.plus(WINDOW)) {
					Instant until = window.plus(WINDOW).isBefore(to) ? window.plus(WINDOW) : to;
					read(due, client, window, until, each);
				}
			}
			try (PreparedStatement withoutDue = prepare(connection, WITHOUT_DUE)) {
				read(withoutDue, client, from, to, each);
			}
			return null;
		});
	}

	private static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.setFetchSize(1000);
		return statement;
	}

	private static void read(PreparedStatement statement, String client, Instant from, Instant to,
			Consumer<ScannedClock> each) throws SQLException {
		statement.setString(1, client);
		statement.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
		statement.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		try (ResultSet rows = statement.executeQuery()) {
			Grouping grouping = new Grouping(each);
			while (rows.next()) {
				grouping.row(rows);
			}
			grouping.finish();
		}
	}

	/** Gathers the consecutive rows of one clock into a {@link ScannedClock}, its log entries in its list. */
	private static final class Grouping {

		private final Consumer<ScannedClock> each;

		private ScannedClock pending;

		Grouping(Consumer<ScannedClock> each) {
			this.each = each;
		}

		void row(ResultSet rows) throws SQLException {
			String id = rows.getString(1);
			if (pending == null || !pending.id().equals(id)) {
				finish();
				pending = new ScannedClock(id, rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5),
						rows.getString(6), rows.getLong(7), rows.getString(8), instant(rows, 9), instant(rows, 10),
						instant(rows, 11), instant(rows, 12), rows.getString(13), new ArrayList<>());
			}
			String type = rows.getString(14);
			if (type != null) {
				pending.changes().add(new Change(type, instant(rows, 15), rows.getString(16)));
			}
		}

		void finish() {
			if (pending != null) {
				each.accept(pending);
				pending = null;
			}
		}

	}

	static Instant instant(ResultSet rows, int column) throws SQLException {
		OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
