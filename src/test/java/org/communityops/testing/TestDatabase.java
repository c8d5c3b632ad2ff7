package org.communityops.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of an application that a test starts itself
 * ({@code new SpringApplicationBuilder(...)
 * .initializers(database).run(...)}): in the PostgreSQL run a fresh PostgreSQL database
 * in place of the H2 URL the test passes, created at the first start and used by every
 * start with the same instance (two nodes, a restart), dropped after the test class; in
 * the H2 run nothing changes. {@link AlsoOnPostgreSql} describes the two runs.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The databases of the test class running, dropped after it. */
	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	private String name;

	/**
	 * Whether this is the PostgreSQL run (the surefire execution {@code postgresql} sets
	 * the property).
	 */
	public static boolean postgreSql() {
		return "postgresql".equals(System.getProperty("communityops.test.database"));
	}

	@Override
	public synchronized void initialize(ConfigurableApplicationContext context) {
		if (!postgreSql()) {
			return;
		}
		if (name == null) {
			name = PostgreSqlServer.CONFIGURED.create();
			CREATED.add(name);
		}
		use(context.getEnvironment(), name);
	}

	/**
	 * Points the application at the database, above every other property source: its URL,
	 * the tests' role and a small pool, since a run keeps many applications open at once
	 * and the server allows 100 connections.
	 */
	static void use(ConfigurableEnvironment environment, String database) {
		PostgreSqlServer server = PostgreSqlServer.CONFIGURED;
		environment.getPropertySources()
			.addFirst(new MapPropertySource("PostgreSQL test database " + database,
					Map.of("spring.datasource.url", server.url(database), "spring.datasource.username", server.user,
							"spring.datasource.password", server.password, "spring.datasource.hikari.maximum-pool-size",
							"5", "spring.datasource.hikari.minimum-idle", "1")));
	}

	static void dropCreated() {
		for (String database : CREATED) {
			PostgreSqlServer.CONFIGURED.drop(database);
			CREATED.remove(database);
		}
	}

}
