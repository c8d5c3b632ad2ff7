package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.sla.engine.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start page's SLA portfolio in real headless Chromium, signed in through the login
 * form.
 */
@DashboardApplicationTest
@ExtendWith(Chromium.Installed.class)
class DashboardPageTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@TempDir
	Path downloads;

	DashboardBrowser chromium;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		chromium = new DashboardBrowser(port, downloads);
		browser = chromium.page;
		wait = chromium.wait;
	}

	@AfterEach
	void closeBrowser() {
		chromium.close();
		ClockUtil.reset();
	}

	@Test
	void anAccountManagerSeesARowPerClientWithTheComplianceOfEachTarget() throws IOException {
		signIn("amelia");

		assertThat(text("northwind", "[data-target='triage']")).startsWith("triage: ").endsWith("(95%)");
		assertThat(text("northwind", "td.exposure")).endsWith("EUR");
		assertThat(text("globex", "span.period")).matches("\\d{4}-(\\d{2}|Q\\d)");
		assertThat(shownClients()).containsExactly("globex", "hooli", "northwind");
		assertThat(browser.getTitle()).isEqualTo("SLA portfolio · CommunityOps");
		assertThat(chromium.text("header.bar .who")).startsWith("Signed in as amelia (account manager)");
		assertThat(chromium.style("header.bar", "background-color")).as("the stylesheet applies")
			.isEqualTo("rgba(29, 35, 48, 1)");
		chromium.screenshot("dashboard-portfolio");
	}

	@Test
	void aClientUserSeesNothingOfAnotherClient() {
		signIn("nora");

		assertThat(text("northwind", "span.period")).isNotBlank();
		assertThat(shownClients()).containsExactly("northwind");
		assertThat(browser.getPageSource()).doesNotContain("globex", "Globex", "initech", "hooli", "Hooli");
	}

	@Test
	void theRowUpdatesWithoutAReloadWhenAnItemStarts() {
		signIn("amelia");
		long before = Long.parseLong(text("northwind", "td.running"));

		runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", "northwind", "requestKind", "question", "priority", "normal", "memberName", "ada",
						"subject", "Export", "details", "CSV export stops"));

		// its triage task and its end-to-end journey: two clocks start running
		wait.until(page -> Long.parseLong(text("northwind", "td.running")) == before + 2);
	}

	@Test
	void aBreachAppearsWithoutAReloadAndTheReportDownloads() throws Exception {
		EngineTime.at("2030-03-04T09:00:00Z"); // Monday 10:00 in Berlin; urgent triage is
												// due within 30 minutes
		runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", "northwind", "requestKind", "flagged-post", "priority", "urgent", "memberName", "ada",
						"subject", "Spam", "details", "Spam in the forum"));
		signIn("amelia");
		assertThat(text("northwind", "span.period")).isEqualTo("2030-03");
		assertThat(text("northwind", "td.breached")).isEqualTo("0");

		EngineTime.at("2030-03-04T09:45:00Z");
		EngineTime.runDueDeadlineJobs(managementService);

		wait.until(page -> text("northwind", "td.breached").equals("1"));
		wait.until(page -> page.findElement(By.cssSelector("#portfolio tr.client[data-client='northwind'] a.xlsx")))
			.click();
		Path report = downloads.resolve("compliance-northwind-2030-03.xlsx");
		wait.until(page -> Files.exists(report));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
			assertThat(workbook.getNumberOfSheets()).isPositive();
		}
		assertThat(browser.findElement(By.cssSelector("#portfolio tr.client[data-client='northwind'] a.pdf"))
			.getDomProperty("href")).endsWith("?client=northwind&period=2030-03&format=pdf");
	}

	@Test
	void aModeratorSeesTheOpenClocksOfTheirClientsSoonestDueFirstCountingDown() {
		signIn("mo", "queue");

		List<String> clients = wait.until(page -> {
			List<String> shown = page.findElements(By.cssSelector("#queue tr.clock"))
				.stream()
				.map(row -> row.getDomAttribute("data-client"))
				.toList();
			return shown.isEmpty() ? null : shown;
		});
		assertThat(clients).isSubsetOf("northwind", "globex", "hooli").contains("northwind", "globex", "hooli");
		assertThat(browser.findElements(By.id("portfolio"))).isEmpty();
		String firstDue = wait
			.until(page -> page.findElement(By.cssSelector("#queue tr.clock td.left")).getDomAttribute("data-due"));
		String lastDue = wait.until(page -> {
			List<String> dues = page.findElements(By.cssSelector("#queue tr.clock td.left"))
				.stream()
				.map(cell -> cell.getDomAttribute("data-due"))
				.filter(due -> due != null && !due.isEmpty())
				.toList();
			return dues.get(dues.size() - 1);
		});
		assertThat(Instant.parse(firstDue)).isBeforeOrEqualTo(Instant.parse(lastDue));
		String shownLeft = text("#queue tr.clock td.left");
		wait.until(page -> !text("#queue tr.clock td.left").equals(shownLeft));
		Function<WebDriver, String> taskLink = page -> page.findElement(By.cssSelector("#queue a.task"))
			.getDomAttribute("href");
		assertThat(wait.until(taskLink)).contains("/camunda/app/tasklist/default/#/?task=");
	}

	private void signIn(String user) {
		signIn(user, "portfolio");
	}

	private String text(String css) {
		return chromium.text(css);
	}

	private void signIn(String user, String shown) {
		chromium.signIn(user, shown);
	}

	/** The clients of the rows shown, in their order. */
	private List<String> shownClients() {
		Function<WebDriver, List<String>> clients = page -> page.findElements(By.cssSelector("#portfolio tr.client"))
			.stream()
			.map(row -> row.getDomAttribute("data-client"))
			.toList();
		return wait.until(clients);
	}

	/**
	 * The text of a cell of the client's row, once shown; the rows are rendered anew by
	 * every refresh.
	 */
	private String text(String client, String cell) {
		return wait.until(
				page -> page.findElement(By.cssSelector("#portfolio tr.client[data-client='" + client + "'] " + cell))
					.getText());
	}

}
