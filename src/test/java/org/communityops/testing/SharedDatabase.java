package org.communityops.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.h2.tools.Server;

/**
 * One empty database that application nodes in JVMs of their own
 * ({@link ApplicationNode}) share: in the PostgreSQL run a fresh PostgreSQL database,
 * dropped on close; in the H2 run an in-memory H2 database served over H2's TCP server
 * from the test's JVM, since an embedded H2 database belongs to one process. The test
 * reads it with {@link #connect()}.
 */
public final class SharedDatabase implements AutoCloseable {

	/**
	 * A node waits for a row another holds as long as PostgreSQL does (there without
	 * limit), not H2's 2 s default.
	 */
	private static final int H2_LOCK_TIMEOUT_MILLIS = 300_000;

	private final String url;

	private final String user;

	private final String password;

	private final String postgreSqlName;

	private final Server h2Server;

	private SharedDatabase(String url, String user, String password, String postgreSqlName, Server h2Server) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.postgreSqlName = postgreSqlName;
		this.h2Server = h2Server;
	}

	public static SharedDatabase create() {
		if (TestDatabase.postgreSql()) {
			PostgreSqlServer server = PostgreSqlServer.CONFIGURED;
			String name = server.create();
			return new SharedDatabase(server.url(name), server.user, server.password, name, null);
		}
		try {
			Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
			String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:shared-" + UUID.randomUUID()
					+ ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MILLIS;
			return new SharedDatabase(url, "sa", "", null, server);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start H2's TCP server", ex);
		}
	}

	/**
	 * Whether this is PostgreSQL, where several nodes are a supported installation; H2
	 * serves one node.
	 */
	public boolean isPostgreSql() {
		return postgreSqlName != null;
	}

	/**
	 * The application arguments that point a node at this database, with a small pool, as
	 * tests run many nodes.
	 */
	public List<String> arguments() {
		return arguments(5);
	}

	/**
	 * The application arguments that point a node at this database, with a pool of at
	 * most {@code poolSize}.
	 */
	public List<String> arguments(int poolSize) {
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--spring.datasource.hikari.maximum-pool-size=" + poolSize);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	@Override
	public void close() {
		if (h2Server != null) {
			h2Server.stop();
		}
		if (postgreSqlName != null) {
			PostgreSqlServer.CONFIGURED.drop(postgreSqlName);
		}
	}

}
