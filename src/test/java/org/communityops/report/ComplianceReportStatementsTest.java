package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.communityops.testing.CountingStatements;
import org.communityops.testing.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * How many statements a whole report issues: a constant, not one per slice of the period
 * or per clock; its period is read with the clock module's two queries
 * ({@code ClockRecordsStatementsTest} proves those on their own). Every statement the
 * report's thread (and its reader) executes is counted ({@link StatementLog}). The
 * fixture of {@link ReportContext}, in an application of its own, whose DataSource
 * counts.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:reports-statements;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
@Import({ ReportTestSetup.class, CountingStatements.class })
class ComplianceReportStatementsTest extends ReportContext {

	@Autowired
	StatementLog log;

	@Autowired
	ComplianceReports reports;

	@Autowired
	ReportScopes scopes;

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
