package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.EngineTime;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client view and the client users' start page in real headless Chromium, signed in
 * through the login form.
 */
@DashboardApplicationTest
@ExtendWith(Chromium.Installed.class)
class ClientViewPageTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@TempDir
	Path downloads;

	private static final DateTimeFormatter BERLIN_TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ZoneId.of("Europe/Berlin"));

	DashboardBrowser chromium;

	@BeforeEach
	void openBrowser() {
		chromium = new DashboardBrowser(port, downloads);
	}

	@AfterEach
	void closeBrowser() {
		chromium.close();
		ClockUtil.reset();
	}

	@Test
	void anAccountManagerWatchesAnItemGoAtRiskAndBreachThenReadsItsTimelineAndDownloadsTheReport() throws Exception {
		EngineTime.at("2032-03-09T09:00:00Z"); // Tuesday 10:00 in Berlin; urgent triage
												// is due within 30 minutes
		String item = work().flaggedPost("northwind", "urgent");
		chromium.signIn("amelia", "portfolio");
		chromium.click("#portfolio tr.client[data-client='northwind'] a.client-view");
		assertThat(chromium.text("#client-period")).startsWith("Period 2032-03");
		assertThat(chromium.text("#targets tr.target[data-target='triage'] td.compliance")).endsWith("(95%)");

		EngineTime.at("2032-03-09T09:20:00Z");
		EngineTime.runDueDeadlineJobs(managementService);
		String atRisk = "#at-risk tr[data-instance='" + item + "'][data-target='triage']";
		String shownLeft = chromium.text(atRisk + " td.left");
		assertThat(shownLeft).matches("0h (10m 00s|09m \\d{2}s)");
		chromium.wait.until(page -> !chromium.text(atRisk + " td.left").equals(shownLeft));

		EngineTime.at("2032-03-09T09:45:00Z");
		EngineTime.runDueDeadlineJobs(managementService);
		String breach = "#breaches tr[data-instance='" + item + "'][data-target='triage']";
		assertThat(chromium.text(breach + " td.escalation")).isEqualTo("open: Acknowledge escalation (unclaimed)");
		assertThat(chromium.text(breach + " td.subject")).isEqualTo("Spam");
		assertThat(chromium.text("#breaches thead th:nth-child(2)")).isEqualTo("Breached (Europe/Berlin)");
		assertThat(chromium.text(breach + " td.breached-at")).as("09:30 UTC, shown in Berlin")
			.isEqualTo("9 Mar 2032, 10:30");
		assertThat(chromium.page.getTitle()).isEqualTo("Northwind Traders community · client view · CommunityOps");
		assertThat(chromium.style(breach, "background-color")).as("a breached row, shaded vermillion")
			.isEqualTo("rgba(253, 232, 220, 1)");
		chromium.screenshot("dashboard-client-view");
		chromium.wait.until(page -> page.findElements(By.cssSelector(atRisk)).isEmpty());

		chromium.click(breach + " td.target");
		chromium.wait.until(page -> timeline(page.findElements(By.cssSelector("#timeline tr.entry")))
			.equals(List.of("started", "warned", "warned", "breached")));
		assertThat(chromium.text("#timeline-status"))
			.isEqualTo("Flagged posts and member questions triaged, Triage: breached");
		assertThat(chromium.text(breach + " td.left")).matches("0h 15m \\d{2}s");

		chromium.click("#report-links a.xlsx");
		Path report = downloads.resolve("compliance-northwind-2032-03.xlsx");
		chromium.wait.until(page -> Files.exists(report));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
			assertThat(workbook.getSheet("Breaches")).isNotNull();
		}

		chromium.click("#report-links a.pdf");
		Path pdf = downloads.resolve("compliance-northwind-2032-03.pdf");
		chromium.wait.until(page -> Files.exists(pdf));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Compliance report for 2032-03");
		}
	}

	@Test
	void aBreachShowsTheAllowanceItWasJudgedByAndTheOldOneOfItsPriorityChange() {
		EngineTime.at("2032-03-09T09:00:00Z"); // a high triage has an hour
		String item = work().flaggedPost("northwind", "high");
		EngineTime.at("2032-03-09T09:10:00Z"); // urgent: 30 minutes from the flag
		runtimeService.setVariable(item, "priority", "urgent");
		EngineTime.at("2032-03-09T09:45:00Z");
		EngineTime.runDueDeadlineJobs(managementService);

		chromium.signIn("amelia", "portfolio");
		chromium.page.get(chromium.url("/clients/northwind"));
		String breach = "#breaches tr[data-instance='" + item + "'][data-target='triage']";
		assertThat(chromium.text(breach + " td.allowance"))
			.isEqualTo("0:30\n" + "re-targeted 9 Mar 2032, 10:10: high 1:00 → urgent 0:30");
		assertThat(chromium.text("#breaches thead th:nth-child(4)")).isEqualTo("Allowance");
	}

	@Test
	void theClientViewChartsEachTargetsComplianceOverTheLastPeriodsAgainstItsObjective() throws Exception {
		EngineTime.at("2032-01-13T09:00:00Z"); // January: the first response breaches
		MemberRequests.waitingForFirstResponse(runtimeService, taskService, "urgent");
		EngineTime.at("2032-01-13T11:00:00Z");
		EngineTime.runDueDeadlineJobs(managementService);
		EngineTime.at("2032-02-10T09:00:00Z"); // February: answered in time
		Task answered = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		EngineTime.at("2032-02-10T09:30:00Z");
		taskService.complete(answered.getId(), Map.of("responseText", "Done", "awaitMemberReply", false));
		EngineTime.at("2032-03-09T09:00:00Z");

		chromium.signIn("amelia", "portfolio");
		chromium.page.get(chromium.url("/clients/northwind"));
		assertThat(chromium.text("#trend h2")).isEqualTo("Compliance over the last 6 periods");
		assertThat(chromium.page.findElements(By.cssSelector("#trend svg text"))).extracting(WebElement::getText)
			.contains("2031-10", "2032-02", "2032-03 so far");
		String triage = "#trend svg g.series[data-target='triage']";
		String firstResponse = "#trend svg g.series[data-target='first-response']";
		assertThat(points(triage)).as("triage met in January and February").hasSize(2);
		assertThat(points(firstResponse)).as("first response breached in January, met in February").hasSize(2);
		assertThat(points(firstResponse).get(0)[1]).as("January's 0% lies below February's 100%")
			.isGreaterThan(points(firstResponse).get(1)[1]);
		String triageColour = chromium.page.findElement(By.cssSelector(triage + " polyline")).getDomAttribute("stroke");
		assertThat(chromium.page.findElement(By.cssSelector(firstResponse + " polyline")).getDomAttribute("stroke"))
			.as("one colour per target")
			.isNotEqualTo(triageColour);
		assertThat(chromium.page.findElement(By.cssSelector(triage + " line")).getDomAttribute("stroke-dasharray"))
			.as("the objective, dashed")
			.isEqualTo("6 4");
		assertThat(chromium.text("#trend .chart-legend .series[data-target='first-response']"))
			.isEqualTo("First response to a member (objective 95%)");
		chromium.screenshot("dashboard-client-trend");
	}

	/** The x, y of each point of the series' line. */
	private List<double[]> points(String series) {
		String points = chromium.page.findElement(By.cssSelector(series + " polyline")).getDomAttribute("points");
		return java.util.Arrays.stream(points.split(" "))
			.map(point -> new double[] { Double.parseDouble(point.split(",")[0]),
					Double.parseDouble(point.split(",")[1]) })
			.toList();
	}

	@Test
	void anotherPeriodsReportDownloadsAndABadPeriodIsExplainedOnThePage() {
		EngineTime.at("2032-03-09T09:00:00Z");
		chromium.signIn("amelia", "portfolio");
		chromium.page.get(chromium.url("/clients/globex"));

		chromium.page.findElement(By.id("report-period")).sendKeys("2032-13");
		chromium.click("#report-form button[value='json']");
		String error = chromium.wait.until(page -> {
			String shown = page.findElement(By.id("report-error")).getText();
			return shown.isEmpty() ? null : shown;
		});
		assertThat(error).contains("2032-13");

		chromium.page.findElement(By.id("report-period")).clear();
		chromium.page.findElement(By.id("report-period")).sendKeys("2032-02");
		chromium.click("#report-form button[value='csv']");
		Path report = downloads.resolve("compliance-globex-2032-02.csv");
		chromium.wait.until(page -> Files.exists(report));
		assertThat(chromium.page.findElement(By.id("report-error")).getText()).isEmpty();
	}

	@Test
	void aClientUserSeesTheirComplianceAndOpenApprovalsAndNothingOfAnotherClient() {
		// a minute ago, so that the 48 h left count down to 47 h and some minutes,
		// however fast the page loads
		EngineTime.at(Instant.now().minusSeconds(60).toString());
		String approval = work().approvalWaitingOn("northwind", "Spring meetup");
		ClockUtil.reset();

		chromium.signIn("nora", "approvals");

		String row = "#approvals tr.approval[data-task='" + approval + "']";
		assertThat(chromium.text(row + " td.subject")).isEqualTo("Spring meetup");
		assertThat(chromium.text(row + " td.left")).startsWith("47h ");
		assertThat(chromium.page.findElement(By.cssSelector(row + " a.task")).getDomAttribute("href"))
			.contains("/camunda/app/tasklist/default/#/?task=" + approval);
		assertThat(chromium.text("#approvals th.created")).isEqualTo("Waiting since (Europe/Berlin)");
		Instant created = taskService.createTaskQuery().taskId(approval).singleResult().getCreateTime().toInstant();
		assertThat(chromium.text(row + " td.created")).as("the time of day in Berlin, whatever the browser's zone")
			.endsWith(BERLIN_TIME.format(created));
		assertThat(chromium.text("#portfolio tr.client[data-client='northwind'] span.period")).isNotBlank();
		assertThat(chromium.text("#portfolio tr.client[data-client='northwind'] .figures-as-of"))
			.endsWith("(Europe/Berlin)");
		assertThat(chromium.page.findElements(By.cssSelector("a.client-view"))).isEmpty();
		assertThat(chromium.page.getPageSource()).doesNotContain("globex", "Globex", "initech", "Initech", "hooli",
				"Hooli");

		chromium.page.get(chromium.url("/clients/globex"));
		assertThat(chromium.text("p.error")).isEqualTo("No client 'globex' (404).");
		assertThat(chromium.page.getPageSource()).doesNotContain("Globex Corporation");
		chromium.page.get(chromium.url("/clients/northwind"));
		assertThat(chromium.text("p.error")).startsWith("The client view is for the agency's staff").endsWith("(403).");
	}

	private static List<String> timeline(List<WebElement> entries) {
		return entries.stream().map(entry -> entry.findElement(By.cssSelector("td.type")).getText()).toList();
	}

	private DashboardWork work() {
		return new DashboardWork(runtimeService, taskService);
	}

}
