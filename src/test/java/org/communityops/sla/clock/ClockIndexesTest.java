package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every index on the clock tables is one some query needs: none is a leading part of
 * another, which would serve the same lookups while every insert wrote both (on H2 each
 * index a commit changes is a B-tree the commit rewrites).
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:clock-indexes;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class ClockIndexesTest {

	@Autowired
	DataSource dataSource;

	@ParameterizedTest
	@ValueSource(strings = { "sla_clock", "sla_clock_event" })
	void keepsNoIndexThatAnotherOneAlreadyStartsWith(String table) throws SQLException {
		Map<String, List<String>> indexes = indexes(table);

		assertThat(indexes).as("indexes of %s", table).isNotEmpty();
		indexes.forEach((name, columns) -> indexes.forEach((other, otherColumns) -> {
			if (!name.equals(other)) {
				assertThat(startsWith(otherColumns, columns))
					.as("%s %s is the start of %s %s", name, columns, other, otherColumns)
					.isFalse();
			}
		}));
	}

	private static boolean startsWith(List<String> columns, List<String> start) {
		return columns.size() >= start.size() && columns.subList(0, start.size()).equals(start);
	}

	/** Index name to its columns in order, as the driver's metadata tells them. */
	private Map<String, List<String>> indexes(String table) throws SQLException {
		Map<String, List<String>> indexes = new TreeMap<>();
		try (var connection = dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
			try (ResultSet rows = metadata.getIndexInfo(null, connection.getSchema(), name, false, false)) {
				while (rows.next()) {
					if (rows.getString("INDEX_NAME") != null) {
						List<String> columns = indexes.computeIfAbsent(rows.getString("INDEX_NAME"),
								index -> new ArrayList<>());
						columns.add(rows.getShort("ORDINAL_POSITION") - 1,
								rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return indexes;
	}

}
