package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One index for the log's lookups by clock and its foreign key, instead of two on H2. V2
 * declared the key in the {@code create table}, before its index on
 * {@code (clock_id, at)}, so H2 gave the key an index of its own on {@code clock_id}: a
 * third B-tree that every log entry wrote (on H2 each one a commit changes is rewritten)
 * and no query needed. The log is now indexed on {@code clock_id} alone, which every
 * reader asks by (a clock's few entries are put in order as they are read), and the key
 * declared after it, so that H2 uses it; PostgreSQL, which never indexes a foreign key by
 * itself, ends with the same one index. Java because the key V2 declared has a name each
 * database chose.
 */
public class V9__sla_clock_event_foreign_key_on_log_index extends BaseJavaMigration {

	private static final String FOREIGN_KEYS = """
			select constraint_name from information_schema.table_constraints
			where lower(table_name) = 'sla_clock_event' and constraint_type = 'FOREIGN KEY'
			  and table_schema = current_schema""";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String name : foreignKeys(connection)) {
				statement.execute("alter table sla_clock_event drop constraint \"" + name + "\"");
			}
			statement.execute("drop index sla_clock_event_clock");
			statement.execute("create index sla_clock_event_clock on sla_clock_event (clock_id)");
			statement.execute("""
					alter table sla_clock_event add constraint sla_clock_event_clock_fk
					    foreign key (clock_id) references sla_clock (id)""");
		}
	}

	private static List<String> foreignKeys(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(FOREIGN_KEYS);
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

}
