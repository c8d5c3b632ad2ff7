package org.communityops.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityops.dashboard.Chromium;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Tasklist a moderator sees a timed task's due date and groups but cannot change them,
 * nor create a task of no process, since the engine API refuses those changes to all but
 * administrators; an administrator keeps every control.
 */
@ExtendWith(Chromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:tasklist-admin-controls;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false" })
class TasklistAdminControlsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void aModeratorSeesTheDueDateAndGroupsReadOnlyAndNoTaskCreation() throws IOException {
		Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		WebDriver page = Chromium.start(Files.createTempDirectory("tasklist-moderator"));
		try {
			TasklistPages.signIn(page, port, "mo");
			WebElement due = openTask(page, task);
			assertThat(due.getText()).as("the due date the clock set, shown").isNotBlank();
			assertThat(page.findElements(By.cssSelector(".reset-due-date")))
				.as("the button that would remove the due date")
				.noneMatch(WebElement::isDisplayed);
			assertThat(pointerEvents(page, ".due-date")).isEqualTo("none");
			assertThat(pointerEvents(page, "li.groups > span")).isEqualTo("none");
			assertThat(createTaskLinks(page)).as("'Create task' in the header").noneMatch(WebElement::isDisplayed);

			((JavascriptExecutor) page).executeScript("arguments[0].focus();", due);
			new Actions(page).sendKeys(Keys.ENTER).perform();
			assertThat(page.findElements(By.cssSelector(".cam-widget-inline-field.field-control")))
				.as("an editor the keyboard opened")
				.isEmpty();
		}
		finally {
			page.quit();
		}
	}

	@Test
	void anAdministratorKeepsEveryControl() throws IOException {
		Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		WebDriver page = Chromium.start(Files.createTempDirectory("tasklist-admin"));
		try {
			TasklistPages.signIn(page, port, "admin");
			openTask(page, task);
			TasklistPages.wait(page)
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".reset-due-date")));
			assertThat(pointerEvents(page, ".due-date")).isEqualTo("auto");
			assertThat(pointerEvents(page, "li.groups > span")).isEqualTo("auto");
			assertThat(createTaskLinks(page)).anyMatch(WebElement::isDisplayed);
		}
		finally {
			page.quit();
		}
	}

	/** Opens the task's details and returns its due date field once shown. */
	private WebElement openTask(WebDriver page, Task task) {
		page.get(TasklistPages.base(port) + "#/?task=" + task.getId());
		return TasklistPages.wait(page)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".due-date")));
	}

	private static String pointerEvents(WebDriver page, String selector) {
		return (String) ((JavascriptExecutor) page)
			.executeScript("return getComputedStyle(document.querySelector(arguments[0])).pointerEvents;", selector);
	}

	private static java.util.List<WebElement> createTaskLinks(WebDriver page) {
		return page.findElements(By.xpath("//a[.//span[contains(@class, 'glyphicon-paperclip')]]"));
	}

}
