package org.communityops.testing;

import java.util.List;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the PostgreSQL run, gives every Spring test context a fresh database, as the named
 * in-memory H2 databases do in the H2 run, and drops it when the context closes. The
 * customizers are all equal, so contexts are cached as before.
 */
class FreshDatabaseCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestDatabase.postgreSql() ? new FreshDatabase() : null;
	}

	private record FreshDatabase() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String database = PostgreSqlServer.CONFIGURED.create();
			TestDatabase.use(context.getEnvironment(), database);
			// The first disposable bean is destroyed last, after the connection pool has
			// closed.
			if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
				beans.registerDisposableBean("postgreSqlTestDatabase",
						() -> PostgreSqlServer.CONFIGURED.drop(database));
			}
		}

	}

}
