package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How many statements a report issues to read its period: a constant, not one per slice of the period. Every
 * statement the report's thread executes is counted ({@link StatementLog}).
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:reports-statements;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
@Import({ ReportTestSetup.class, ClockScanStatementsTest.Counting.class })
class ClockScanStatementsTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static StatementLog statementLog() {
			return new StatementLog();
		}

	}

	@Autowired
	StatementLog log;

	@Autowired
	ComplianceReports reports;

	@Autowired
	ReportScopes scopes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@DynamicPropertySource
	static void policies(DynamicPropertyRegistry properties) {
		ReportTestSetup.policies(properties, "statements");
	}

	@BeforeEach
	void fixture() {
		ReportTestSetup.fixture(jdbc, identity);
	}

	@Test
	void readsAClientsMonthWithOneQueryForTheClocksDueInItAndOneForThoseWithoutADueTime() {
		ReportScope october = scopes.resolve("acme", "2026-10");
		ComplianceReport[] report = new ComplianceReport[1];

		List<String> statements = log.during(() -> report[0] = reports.build(october, BreachSink.NONE));

		assertThat(report[0].totals().due()).isEqualTo(11);
		assertThat(statements).filteredOn(sql -> sql != null && sql.contains("from sla_clock c"))
			.satisfiesExactly(sql -> assertThat(sql).contains("c.due_at >= ?"),
					sql -> assertThat(sql).contains("c.due_at is null"));
		assertThat(statements).as("every statement of the report, its clock queries and the rest")
			.hasSizeLessThanOrEqualTo(10);
	}

}
