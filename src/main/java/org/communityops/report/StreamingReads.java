package org.communityops.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets a long query's rows be read as they are found rather than gathered first. PostgreSQL's driver does so by
 * itself inside a transaction with a fetch size. H2 by default computes a query's whole result before the first row
 * (spilling to temporary files past its row limit); with {@code LAZY_QUERY_EXECUTION} it produces rows as they are
 * read, when the query needs no sort beyond what its index gives. Set for the reads only, since the connection goes
 * back to the pool afterwards.
 */
final class StreamingReads {

	/** What the reads do on the connection. */
	@FunctionalInterface
	interface Reads {

		void run() throws SQLException;

	}

	private StreamingReads() {
	}

	static void during(Connection connection, Reads reads) throws SQLException {
		boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
		if (h2) {
			lazy(connection, true);
		}
		try {
			reads.run();
		}
		finally {
			if (h2) {
				lazy(connection, false);
			}
		}
	}

	private static void lazy(Connection connection, boolean on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set lazy_query_execution " + on);
		}
	}

}
