package org.communityops.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import it into a test's application to have its DataSource record the statements
 * ({@link StatementLog}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingStatements {

	@Bean
	static StatementLog statementLog() {
		return new StatementLog();
	}

}
