package org.communityops.report;

import org.camunda.bpm.engine.IdentityService;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application over HTTP, shared by the report tests that read the fixture
 * without changing policies.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false",
				"communityops.reports.cockpit-base-url=https://ops.example.com/" })
@Import(ReportTestSetup.class)
abstract class ReportContext {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@DynamicPropertySource
	static void policies(DynamicPropertyRegistry properties) {
		ReportTestSetup.policies(properties, "shared");
	}

	@BeforeEach
	void fixture() {
		ReportTestSetup.fixture(jdbc, identity);
	}

}
