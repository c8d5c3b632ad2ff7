package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.communityops.security.Logins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same period reported before and after the policy file changes (same effective date,
 * other allowances, objectives, credits, fee and calendar): the clocks stay pinned to the
 * version they started under, so every figure stays the same. Its own application and
 * policy folder, since it edits the file.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:reports-reproducible;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.sla.policies.poll-interval=100ms" })
@Import(ReportTestSetup.class)
class ReproducibleReportTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	PolicyRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@DynamicPropertySource
	static void policies(DynamicPropertyRegistry properties) {
		ReportTestSetup.policies(properties, "reproducible");
	}

	@BeforeEach
	void fixture() {
		ReportTestSetup.fixture(jdbc, identity);
	}

	@Test
	void givesIdenticalResultsAfterThePolicyFileChanged() throws IOException {
		String json = body("json");
		String csv = body("csv");
		List<String> workbook = cells();
		Path file = Path.of("target", "report-tests", "reproducible", "acme.yaml");
		String original = Files.readString(file);
		Files.writeString(file,
				original.replace("within: 4h", "within: 8h")
					.replace("objective: 95%", "objective: 99%")
					.replace("{below: 90%, credit: 10%}", "{below: 90%, credit: 15%}")
					.replace("fee: 10000.00", "fee: 99000.00")
					.replace("mon-fri: [\"09:00-17:00\"]", "mon-sat: [\"08:00-20:00\"]"));
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> registry.current("acme").orElseThrow().version() == 2);

			assertThat(body("json")).isEqualTo(json);
			assertThat(body("csv")).isEqualTo(csv);
			assertThat(cells()).isEqualTo(workbook);
		}
		finally {
			Files.writeString(file, original);
		}
	}

	private String body(String format) {
		return Logins.admin(http)
			.getForObject("/api/reports/compliance?client=acme&period=2026-10&format=" + format, String.class);
	}

	/** Every cell of every sheet, as sheet!address=value. */
	private List<String> cells() throws IOException {
		byte[] bytes = Logins.admin(http)
			.getForObject("/api/reports/compliance?client=acme&period=2026-10&format=xlsx", byte[].class);
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell);
					}
				}
			}
		}
		assertThat(cells).hasSizeGreaterThan(100);
		return cells;
	}

}
