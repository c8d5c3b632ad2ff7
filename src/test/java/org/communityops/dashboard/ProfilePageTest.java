package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The profile page in real headless Chromium, signed in through the login form: a
 * moderator chooses the notification emails of their clients, and the choice is what the
 * API then gives; a client user chooses only for their client, and a tampered form is
 * refused with what was entered still shown.
 */
@AlsoOnPostgreSql
@ExtendWith(Chromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:profile-page;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false" })
class ProfilePageTest {

	private static final String PREFERENCES = "/api/me/notification-preferences";

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	DashboardBrowser chromium;

	Api api;

	@BeforeEach
	void openBrowser() {
		chromium = new DashboardBrowser(port, downloads);
		api = new Api(port);
	}

	@AfterEach
	void closeBrowser() {
		chromium.close();
		for (String person : new String[] { "mo", "nora" }) {
			api.call(person, "PUT", PREFERENCES, "{\"preferences\": []}");
		}
	}

	@Test
	void aModeratorChoosesTheBreachesOfAClientAndTheChoiceIsKept() throws IOException {
		chromium.signIn("mo", "queue");
		chromium.click("header.bar a[href='/profile']");
		assertThat(chromium.page.getTitle()).isEqualTo("Your profile · CommunityOps");
		assertThat(chromium.text("#profile-email")).isEqualTo("Notification emails go to mo@communityops.example.");
		assertThat(chromium.page.findElements(By.cssSelector("#preferences thead th"))).extracting(WebElement::getText)
			.containsExactly("Notification", "globex", "hooli", "northwind");
		Select breaches = select("hooli:sla.breached");
		assertThat(breaches.getFirstSelectedOption().getText()).isEqualTo("None (default)");
		assertThat(select("hooli:sla.warning").getFirstSelectedOption().getText()).isEqualTo("Items I hold (default)");

		breaches.selectByVisibleText("All of hooli");
		select("globex:sla.warning").selectByVisibleText("None");
		chromium.click("#preferences button[type=submit]");

		assertThat(chromium.text("#profile-saved")).startsWith("Saved.");
		assertThat(select("hooli:sla.breached").getFirstSelectedOption().getText()).isEqualTo("All of hooli");
		chromium.screenshot("profile");
		JsonNode mine = api.get("mo", PREFERENCES).json();
		assertThat(choices(mine)).contains("hooli sla.breached all true", "globex sla.warning none true",
				"northwind sla.breached none false", "hooli sla.warning mine false");
	}

	@Test
	void aClientUserChoosesForTheirClientOnlyAndATamperedFormKeepsWhatWasEntered() {
		chromium.signIn("nora", "approvals");
		chromium.page.get(chromium.url("/profile"));
		assertThat(chromium.page.findElements(By.cssSelector("#preferences thead th"))).extracting(WebElement::getText)
			.containsExactly("Notification", "northwind");

		select("northwind:sla.warning").selectByVisibleText("None");
		((JavascriptExecutor) chromium.page).executeScript(
				"const option = document.querySelector(\"select[name='northwind:sla.breached'] option[value=all]\");"
						+ " option.value = 'everything'; option.selected = true;");
		chromium.click("#preferences button[type=submit]");

		assertThat(chromium.text("#profile-error"))
			.isEqualTo("Unknown choice 'everything'; expected one of mine, all, none");
		assertThat(select("northwind:sla.warning").getFirstSelectedOption().getText()).as("as entered")
			.isEqualTo("None");
		assertThat(choices(api.get("nora", PREFERENCES).json())).as("nothing kept")
			.contains("northwind sla.warning mine false", "northwind sla.breached none false");
	}

	private Select select(String name) {
		return new Select(chromium.page.findElement(By.name(name)));
	}

	/** Each choice as {@code client type choice chosen}. */
	private static java.util.List<String> choices(JsonNode profile) {
		java.util.List<String> choices = new java.util.ArrayList<>();
		for (JsonNode client : profile.get("clients")) {
			for (JsonNode type : client.get("types")) {
				choices.add(client.get("client").asText() + " " + type.get("type").asText() + " "
						+ type.get("choice").asText() + " " + type.get("chosen").asBoolean());
			}
		}
		return choices;
	}

}
