package org.communityops.sla.clock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a client's clocks of a period, each with the log entries that say who held it
 * and when it was paused ({@link ClockRecord}), in two queries: the clocks due in the
 * span by due time and id (index {@code sla_clock_client_due_id}, so neither database
 * sorts them), each joined with its entries, so a clock's rows arrive together; then the
 * clocks without a due time (paused, or stopped while paused), placed by their breach or
 * stop. Both run in one read-only transaction with a fetch size, so that PostgreSQL's
 * driver reads through a cursor and H2 evaluates lazily ({@link StreamingReads}) instead
 * of holding the period's rows. The compliance report reads its period here.
 * {@link #read} (the rows as the queries return them) is public for the benchmark that
 * compares a report with a plain scan of the same rows.
 */
@Component
public class ClockRecords {

	/** How many rows the driver fetches at a time. */
	static final int FETCH_SIZE = 1000;

	static final String COLUMNS = """
			select c.id, c.target_id, c.policy_version, c.process_instance_id, c.task_id, c.task_definition_key,
			       c.within_millis, c.state, c.started_at, c.due_at, c.breached_at, c.stopped_at, c.holder,
			       e.type, e.at, e.holder as event_holder, e.id as event_id, e.detail
			from sla_clock c left join sla_clock_event e
			  on e.clock_id = c.id and e.type in ('STARTED', 'REASSIGNED', 'PAUSED', 'RESUMED', 'RETARGETED')
			""";

	/**
	 * Ordered by the clock alone, which the index gives; a clock's entries are put in
	 * order as they are read.
	 */
	static final String DUE_IN_PERIOD = COLUMNS + """
			where c.client = ? and c.due_at >= ? and c.due_at < ?
			order by c.client, c.due_at, c.id""";

	static final String WITHOUT_DUE = COLUMNS + """
			where c.client = ? and c.due_at is null and coalesce(c.breached_at, c.stopped_at) >= ?
			  and coalesce(c.breached_at, c.stopped_at) < ?
			order by coalesce(c.breached_at, c.stopped_at), c.id""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	ClockRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Hands each clock of the client whose {@link ClockRecord#reportAt} is in
	 * {@code [from, to)} to {@code each} as it is read, on this thread, by due time, then
	 * those without a due time by their breach or stop.
	 */
	public void ofPeriod(String client, Instant from, Instant to, Consumer<ClockRecord> each) {
		readOnly.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) c -> {
			ClockGrouping grouping = new ClockGrouping(each);
			read(c, client, from, to, grouping::row);
			grouping.finish();
			return null;
		}));
	}

	/** A row of a query's result, as it is read. */
	@FunctionalInterface
	public interface Row {

		void accept(ResultSet row) throws SQLException;

	}

	/**
	 * The rows of the clocks due in the client's {@code [from, to)}, then of those
	 * without a due time, on a connection in a (read-only) transaction,
	 * {@link #FETCH_SIZE} at a time, each handed to {@code each} as it is read; a clock's
	 * rows are consecutive.
	 */
	public static void read(Connection connection, String client, Instant from, Instant to, Row each)
			throws SQLException {
		StreamingReads.during(connection, () -> {
			query(connection, DUE_IN_PERIOD, client, from, to, each);
			query(connection, WITHOUT_DUE, client, from, to, each);
		});
	}

	private static void query(Connection connection, String query, String client, Instant from, Instant to, Row each)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setFetchSize(FETCH_SIZE);
			statement.setString(1, client);
			statement.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
			statement.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					each.accept(rows);
				}
			}
		}
	}

	static Instant instant(ResultSet rows, int column) throws SQLException {
		OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
