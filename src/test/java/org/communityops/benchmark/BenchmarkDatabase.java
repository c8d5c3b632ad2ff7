package org.communityops.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.springframework.util.FileSystemUtils;

/**
 * The database a benchmark's data live in, chosen with the system property
 * {@code benchmark.database}: {@code h2} (the default), an H2 file database under the
 * data's folder, or {@code postgresql}, a database of its own on the local PostgreSQL
 * server, named for the data's folder and reached as the tests' role {@code communityops}
 * (password {@code communityops}, which may create databases;
 * {@code benchmark.postgresql.server} names another {@code host:port}).
 */
enum BenchmarkDatabase {

	H2 {

		@Override
		String url(Path home) {
			return "jdbc:h2:file:./" + home.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
		}

		@Override
		List<String> login() {
			return List.of();
		}

		@Override
		List<String> bulkLoad() {
			return List.of();
		}

		@Override
		void create(Path home) {
			// H2 creates the file when the application first opens it
		}

		@Override
		void settle(Path home) throws SQLException {
			// rewrite the store once, fully filled, rather than leave H2 compacting in
			// the background while measured
			try (Connection connection = DriverManager.getConnection(url(home), "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown compact");
			}
		}

		@Override
		void copy(Path home, Path copy) throws IOException {
			FileSystemUtils.deleteRecursively(copy);
			Files.createDirectories(copy);
			Files.copy(home.resolve("db.mv.db"), copy.resolve("db.mv.db"));
		}

		@Override
		void drop(Path copy) throws IOException {
			FileSystemUtils.deleteRecursively(copy);
		}

	},

	POSTGRESQL {

		private static final String USER = "communityops";

		private final String server = System.getProperty("benchmark.postgresql.server", "localhost:5432");

		@Override
		String url(Path home) {
			return "jdbc:postgresql://" + server + "/" + name(home);
		}

		@Override
		List<String> login() {
			return List.of("--spring.datasource.username=" + USER, "--spring.datasource.password=" + USER);
		}

		@Override
		List<String> bulkLoad() {
			// a batch of inserts sent as a few multi-row inserts
			return List.of("--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
		}

		@Override
		void create(Path home) throws SQLException {
			onServer("drop database if exists " + name(home) + " with (force)", "create database " + name(home));
		}

		@Override
		void settle(Path home) throws SQLException {
			// visibility map, hint bits and statistics as a long-running database has
			// them, not a fresh bulk load's
			try (Connection connection = DriverManager.getConnection(url(home), USER, USER);
					Statement statement = connection.createStatement()) {
				statement.execute("vacuum (freeze, analyze)");
			}
		}

		@Override
		void copy(Path home, Path copy) throws SQLException {
			onServer("drop database if exists " + name(copy) + " with (force)",
					"create database " + name(copy) + " template " + name(home));
		}

		@Override
		void drop(Path copy) throws SQLException {
			onServer("drop database if exists " + name(copy) + " with (force)");
		}

		/**
		 * Runs the statements on the server's maintenance database, where databases are
		 * created and dropped.
		 */
		private void onServer(String... statements) throws SQLException {
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", USER,
					USER); Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		}

		/**
		 * communityops_benchmark_ and the folder's path below target, e.g.
		 * report_benchmark.
		 */
		private String name(Path home) {
			Path below = home.startsWith("target") ? home.subpath(1, home.getNameCount()) : home;
			return "communityops_benchmark_"
					+ below.toString().replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
		}

	};

	/** The database the property {@code benchmark.database} names. */
	static BenchmarkDatabase chosen() {
		return valueOf(System.getProperty("benchmark.database", "h2").toUpperCase(Locale.ROOT));
	}

	abstract String url(Path home);

	/** The application's arguments for the database's login, beyond its URL. */
	abstract List<String> login();

	/** The data generator's arguments beyond {@link #login()}. */
	abstract List<String> bulkLoad();

	/** A new empty database, in place of any earlier one. */
	abstract void create(Path home) throws SQLException;

	/**
	 * After the data are written: brings the store to the state a long-running database
	 * would have.
	 */
	abstract void settle(Path home) throws SQLException;

	/**
	 * A copy of the generated data at {@code copy}, for a run that changes them
	 * (replacing an earlier copy).
	 */
	abstract void copy(Path home, Path copy) throws IOException, SQLException;

	/** Removes a {@link #copy}. */
	abstract void drop(Path copy) throws IOException, SQLException;

}
