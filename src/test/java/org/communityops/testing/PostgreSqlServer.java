package org.communityops.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server of the PostgreSQL test run, reached as a role that may create
 * databases: by default {@code communityops} (password {@code communityops}) on
 * {@code localhost:5432}, otherwise as the system properties
 * {@code communityops.test.postgresql.server} ({@code host:port}), {@code .user} and
 * {@code .password} say. Every database it creates is named {@code communityops_test_}
 * and a random suffix, so that runs side by side, and other users of the server, never
 * meet.
 */
final class PostgreSqlServer {

	static final PostgreSqlServer CONFIGURED = new PostgreSqlServer(
			System.getProperty("communityops.test.postgresql.server", "localhost:5432"),
			System.getProperty("communityops.test.postgresql.user", "communityops"),
			System.getProperty("communityops.test.postgresql.password", "communityops"));

	/** Every role may connect to this one, to create and drop the others. */
	private static final String MAINTENANCE_DATABASE = "postgres";

	final String server;

	final String user;

	final String password;

	private PostgreSqlServer(String server, String user, String password) {
		this.server = server;
		this.user = user;
		this.password = password;
	}

	String url(String database) {
		return "jdbc:postgresql://" + server + "/" + database;
	}

	/** Why the tests cannot create databases here, or null when they can. */
	String problem() {
		try (Connection connection = maintenance(); Statement statement = connection.createStatement()) {
			statement.execute("select 1 from pg_roles where rolname = current_user and (rolcreatedb or rolsuper)");
			if (!statement.getResultSet().next()) {
				return "PostgreSQL role " + user + " at " + server + " may not create databases (alter role " + user
						+ " createdb)";
			}
			return null;
		}
		catch (SQLException ex) {
			return "PostgreSQL not reachable at " + server + " as " + user + " (" + ex.getMessage() + "): install "
					+ "Debian's postgresql, start it and create the role " + user + " with createdb (README, "
					+ "docs/production.md), or set -Dcommunityops.test.postgresql.server=host:port";
		}
	}

	/** A new empty database; its name. */
	String create() {
		String name = "communityops_test_" + UUID.randomUUID().toString().replace("-", "");
		execute("create database " + name);
		return name;
	}

	/** Drops the database, ending any connection still open on it. */
	void drop(String name) {
		execute("drop database if exists " + name + " with (force)");
	}

	private void execute(String sql) {
		try (Connection connection = maintenance(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " on " + server + ": " + ex.getMessage(), ex);
		}
	}

	private Connection maintenance() throws SQLException {
		Properties login = new Properties();
		login.setProperty("user", user);
		login.setProperty("password", password);
		login.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url(MAINTENANCE_DATABASE), login);
	}

}
