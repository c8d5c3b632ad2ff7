package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.EngineTime;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.communityops.security.Logins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The report endpoints over real HTTP: the text formats, the portfolio, and every kind of
 * bad input.
 */
class ReportApiTest extends ReportContext {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@Test
	void csvHasALinePerTargetAndATotalLineWithTheCappedCredit() {
		ResponseEntity<String> response = get("/api/reports/compliance?client=acme&period=2026-10&format=csv");

		assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		assertThat(response.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("compliance-acme-2026-10.csv");
		List<String> lines = response.getBody().lines().toList();
		assertThat(lines.get(0)).isEqualTo(CsvReports.HEADER);
		assertThat(lines.get(1)).isEqualTo("acme,2026-10,2026-11-01T00:00:00Z,false,first-response,"
				+ "First response to a member,95,6,3,1,2,0,50.00,fail,3.0000,6.5000,33.5000,3.5000,0.5000,10,1000.00,EUR");
		assertThat(lines.get(5)).isEqualTo("acme,2026-10,2026-11-01T00:00:00Z,false,(all targets),Acme Forums,,11,6,3,"
				+ "2,0,54.54,,,,64.0000,34.5000,1.5000,20,2000.00,EUR");
		assertThat(lines).hasSize(6);
	}

	@Test
	void jsonHoldsTheWholeReport() {
		ResponseEntity<String> response = get("/api/reports/compliance?client=acme&period=2026-10&format=json");

		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		JsonNode report = json(response);
		assertThat(report.get("period").asText()).isEqualTo("2026-10");
		assertThat(report.get("asOf").asText()).isEqualTo("2026-11-01T00:00:00Z");
		assertThat(report.get("targets").get(0).get("complianceRate").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(report.get("targets").get(0).get("p90TimeToComplete").asText()).isEqualTo("PT6H30M");
		assertThat(report.get("credits").get("owed").decimalValue()).isEqualByComparingTo("2000.00");
		assertThat(report.get("trend")).hasSize(5);
		assertThat(report.get("policies").get(0).get("content").asText()).contains("client: acme");
	}

	@Test
	void readsTheClocksTheEngineKeptForRealTasks() {
		ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-10-05T08:00:00Z")));
		Task response = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		taskService.claim(response.getId(), "mo");
		ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-10-05T08:45:00Z")));
		taskService.complete(response.getId(), Map.of("responseText", "Done", "awaitMemberReply", false));

		JsonNode report = json(get("/api/reports/compliance?client=northwind&period=2026-10&format=json"));

		JsonNode firstResponse = report.get("targets").get(1);
		assertThat(firstResponse.get("id").asText()).isEqualTo("first-response");
		assertThat(firstResponse.get("met").asInt()).isEqualTo(1);
		assertThat(firstResponse.get("medianTimeToComplete").asText()).isEqualTo("PT45M");
		assertThat(firstResponse.get("timeSplit").get("agency").asText()).isEqualTo("PT45M");
		assertThat(report.get("zone").asText()).isEqualTo("Europe/Berlin");
	}

	@Test
	void aBreachesRowSaysWhenThePriorityChangedAfterTheBreach() throws IOException {
		EngineTime.at("2026-11-02T09:00:00Z");
		Task response = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		EngineTime.at("2026-11-02T13:05:00Z");
		EngineTime.runDueDeadlineJobs(managementService);
		EngineTime.at("2026-11-02T13:30:00Z");
		runtimeService.setVariable(response.getProcessInstanceId(), "priority", "low");
		EngineTime.at("2026-11-02T14:00:00Z");
		taskService.complete(response.getId(), Map.of("responseText", "Done", "awaitMemberReply", false));

		Row row = breachesRowOf(response, "2026-11");
		assertThat(row.getCell(7).getNumericCellValue()).as("overrun, of the 4 h it breached, in days")
			.isEqualTo(1.0 / 24);
		assertThat(row.getCell(10).getStringCellValue()).as("old and new allowance, in business h:mm")
			.isEqualTo("Priority changed after the breach, 2026-11-02 14:30, from normal (4:00) to low (8:00):"
					+ " the breach stands with 4:00");
	}

	@Test
	void aBreachesRowGivesTheOldAndNewAllowanceOfAnItemRetargetedBeforeItsBreach() throws IOException {
		EngineTime.at("2026-11-03T09:00:00Z");
		Task response = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		EngineTime.at("2026-11-03T09:20:00Z");
		runtimeService.setVariable(response.getProcessInstanceId(), "priority", "urgent");
		EngineTime.at("2026-11-03T10:05:00Z");
		EngineTime.runDueDeadlineJobs(managementService);
		EngineTime.at("2026-11-03T10:30:00Z");
		taskService.complete(response.getId(), Map.of("responseText", "Done", "awaitMemberReply", false));

		Row row = breachesRowOf(response, "2026-11");
		assertThat(row.getCell(7).getNumericCellValue()).as("overrun of the urgent hour, in days").isEqualTo(0.5 / 24);
		assertThat(row.getCell(10).getStringCellValue())
			.isEqualTo("Re-targeted 2026-11-03 10:20 from normal (4:00) to urgent (1:00): judged by 1:00");
	}

	/** The row of the task on the Breaches sheet of northwind's workbook. */
	private Row breachesRowOf(Task task, String period) throws IOException {
		ResponseEntity<byte[]> workbook = Logins.admin(http)
			.getForEntity("/api/reports/compliance?client=northwind&period=" + period + "&format=xlsx", byte[].class);
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
			Sheet breaches = read.getSheet("Breaches");
			assertThat(breaches.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Note");
			for (int i = 1; i <= breaches.getLastRowNum(); i++) {
				if (task.getId().equals(breaches.getRow(i).getCell(2).getStringCellValue())) {
					return breaches.getRow(i);
				}
			}
		}
		throw new AssertionError("No row for task " + task.getId() + " on the Breaches sheet");
	}

	@Test
	void portfolioHasAnOverviewRowPerClientAndEachClientsSheets() throws IOException {
		ResponseEntity<byte[]> response = Logins.admin(http)
			.getForEntity("/api/reports/portfolio?period=2026-10", byte[].class);

		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("portfolio-2026-10.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			assertThat(workbook).extracting(sheet -> sheet.getSheetName())
				.containsExactly("Portfolio", "acme", "acme breaches", "northwind", "northwind breaches");
			assertThat(workbook.getSheet("Portfolio").getRow(1).getCell(0).getStringCellValue()).isEqualTo("acme");
			assertThat(workbook.getSheet("Portfolio").getRow(1).getCell(11).getNumericCellValue()).isEqualTo(2000.0);
			assertThat(workbook.getSheet("acme breaches").getLastRowNum()).isEqualTo(5);
		}
		JsonNode named = json(get("/api/reports/portfolio?period=2026-10&clients=acme&format=json"));
		assertThat(named.get("reports")).extracting(report -> report.get("client").asText()).containsExactly("acme");
	}

	@Test
	void unknownClientMalformedWrongFormAndFuturePeriodsAreBadRequestsNamingTheField() {
		assertProblem("/api/reports/compliance?client=umbrella&period=2026-10", "client",
				"Unknown client 'umbrella'; expected one of [acme, northwind]");
		assertProblem("/api/reports/compliance?client=acme&period=2026-13", "period",
				"period '2026-13' is not a month; acme reports monthly: expected YYYY-MM, e.g. 2026-10");
		assertProblem("/api/reports/compliance?client=acme&period=2026-Q4", "period",
				"period '2026-Q4' is not a month; acme reports monthly: expected YYYY-MM, e.g. 2026-10");
		assertProblem("/api/reports/compliance?client=acme&period=2026-12", "period",
				"period 2026-12 has not begun: it starts on 2026-12-01 (UTC); a report covers a period that has begun");
		assertProblem("/api/reports/compliance?client=acme&period=2026-10&format=docx", "format",
				"Unknown format 'docx'; expected one of xlsx, pdf, csv, json");
		assertProblem("/api/reports/compliance?period=2026-10", "client", "client is required, e.g. northwind");
		assertProblem("/api/reports/portfolio?period=2026-Q4", "period", "No client of the portfolio reports by "
				+ "quarter: acme is not in this portfolio: its contract reports by month, not by quarter; northwind is "
				+ "not in this portfolio: its contract reports by month, not by quarter");
	}

	private void assertProblem(String uri, String field, String detail) {
		ResponseEntity<String> response = get(uri);
		assertThat(response.getStatusCode()).as(uri).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(response);
		assertThat(problem.get("field").asText()).isEqualTo(field);
		assertThat(problem.get("detail").asText()).isEqualTo(detail);
	}

	private ResponseEntity<String> get(String uri) {
		return Logins.admin(http).getForEntity(uri, String.class);
	}

	private static JsonNode json(ResponseEntity<String> response) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
		}
		catch (IOException ex) {
			throw new AssertionError(response.getBody(), ex);
		}
	}

}
