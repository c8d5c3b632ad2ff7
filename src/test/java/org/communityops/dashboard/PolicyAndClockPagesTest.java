package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityops.sla.policy.PolicyFolders;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SLA policies and clocks pages in real headless Chromium, signed in through the
 * login form, on a copy of the demo policy folder in which northwind's policy gets a
 * second version.
 */
@AlsoOnPostgreSql
@ExtendWith(Chromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:policy-pages;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.sla.policies.poll-interval=100ms" })
class PolicyAndClockPagesTest {

	@TempDir
	static Path folder;

	@LocalServerPort
	int port;

	@Autowired
	PolicyRegistry registry;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@TempDir
	Path downloads;

	DashboardBrowser chromium;

	@DynamicPropertySource
	static void policyFolder(DynamicPropertyRegistry properties) throws IOException {
		PolicyFolders.copyDemoPolicies(folder);
		properties.add("communityops.sla.policies.folder", folder::toString);
	}

	@BeforeEach
	void openBrowser() {
		chromium = new DashboardBrowser(port, downloads);
	}

	@AfterEach
	void closeBrowser() {
		chromium.close();
	}

	@Test
	void anAccountManagerReadsAPolicysHistoryAndWhatChangedFromTheVersionBefore() throws IOException {
		String first = Files.readString(folder.resolve("northwind.yaml"));
		PolicyFolders.write(folder, "northwind.yaml",
				first.replace("within: 2h                    #", "within: 90m                   #"));
		await().atMost(Duration.ofSeconds(10)).until(() -> registry.current("northwind").orElseThrow().version() == 2);

		chromium.signIn("amelia", "portfolio");
		chromium.click("header.bar a[href='/policies']");
		assertThat(chromium.page.getTitle()).isEqualTo("SLA policies · CommunityOps");
		assertThat(chromium.page.findElements(By.cssSelector("#policies tr.policy")))
			.extracting(row -> row.getDomAttribute("data-client"))
			.containsExactly("globex", "hooli", "northwind");
		assertThat(chromium.text("#policies tr.policy[data-client='northwind'] td.version")).isEqualTo("2");

		chromium.click("#policies tr.policy[data-client='northwind'] td.client a");
		assertThat(chromium.page.getTitle()).isEqualTo("Northwind Traders community · SLA policy · CommunityOps");
		assertThat(chromium.text("#in-force .version")).isEqualTo("2");
		assertThat(chromium.text("#history thead th:nth-child(4)")).isEqualTo("Loaded (Europe/Berlin)");
		assertThat(chromium.page.findElements(By.cssSelector("#history tr.version")))
			.extracting(row -> row.getDomAttribute("data-version"))
			.containsExactly("2", "1");
		assertThat(lines("#version-2 pre.diff span.removed")).containsExactly(
				"-    within: 2h                    # a flagged post is looked at within 2 business hours");
		assertThat(lines("#version-2 pre.diff span.added")).containsExactly(
				"+    within: 90m                   # a flagged post is looked at within 2 business hours");
		assertThat(chromium.style("#version-2 pre.diff span.added", "background-color"))
			.as("an added line, shaded blue")
			.isEqualTo("rgba(227, 240, 248, 1)");
		assertThat(chromium.text("#version-2 pre.policy-text")).contains("# the Saturday shift", "within: 90m");
		assertThat(chromium.page.findElements(By.cssSelector("#version-1 details.changes"))).isEmpty();
		chromium.screenshot("policy-history");
	}

	@Test
	void aClientUserReadsTheirPolicyWithoutTheAgencysCommentsAndNoOtherClients() {
		chromium.signIn("nora", "approvals");
		chromium.click("header.bar a[href='/policies']");
		assertThat(chromium.page.findElements(By.cssSelector("#policies tr.policy")))
			.extracting(row -> row.getDomAttribute("data-client"))
			.containsExactly("northwind");

		chromium.click("#policies tr.policy[data-client='northwind'] td.client a");
		String text = chromium.text("pre.policy-text");
		assertThat(text).contains("client: northwind", "sat: [\"10:00-14:00\"]").doesNotContain("#");
		assertThat(chromium.text("details.text summary"))
			.isEqualTo("The policy as loaded (without the agency's comments)");

		chromium.page.get(chromium.url("/policies/globex"));
		assertThat(chromium.text("p.error")).isEqualTo("No SLA policy for client 'globex' (404).");
		assertThat(chromium.page.getPageSource()).doesNotContain("Globex Corporation");
	}

	@Test
	void aModeratorFiltersTheClocksOfTheirClientsEachShownInItsClientsZone() throws IOException {
		String instance = new DashboardWork(runtimeService, taskService).flaggedPost("northwind", "high");
		String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

		chromium.signIn("mo", "queue");
		chromium.click("header.bar a[href='/clocks']");
		assertThat(chromium.page.getTitle()).isEqualTo("SLA clocks · CommunityOps");
		String row = "#clocks tr.clock[data-client='northwind']:has(td.task a[href$='task=" + task + "'])";
		assertThat(chromium.text(row + " td.client")).isEqualTo("northwind (Europe/Berlin)");
		assertThat(chromium.text(row + " td.target")).isEqualTo("triage");
		assertThat(chromium.text(row + " td.allowance")).isEqualTo("1:00");
		assertThat(chromium.page.findElements(By.cssSelector("#filter-client option")))
			.extracting(option -> option.getDomAttribute("value"))
			.containsExactly("", "globex", "hooli", "northwind");
		chromium.screenshot("clocks");

		new Select(chromium.page.findElement(By.id("filter-state"))).selectByValue("breached");
		chromium.click("#clock-filter button[type=submit]");
		chromium.wait.until(page -> page.getCurrentUrl().contains("state=breached"));
		assertThat(chromium.text("#clocks tr.empty td")).isEqualTo("No clocks match the filter.");

		chromium.page.get(chromium.url("/clocks?state=late"));
		chromium.wait.until(page -> chromium.text("#clocks-status").startsWith("not updated"));
		assertThat(chromium.text("#clocks-status")).startsWith("not updated: Unknown state 'late'").endsWith("(400)");
		chromium.page.get(chromium.url("/clocks?client=initech"));
		assertThat(chromium.text("p.error")).isEqualTo("No client 'initech' (404).");
	}

	private List<String> lines(String css) {
		chromium.text(css);
		return chromium.page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
