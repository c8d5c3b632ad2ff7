package org.communityops.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.communityops.dashboard.Chromium;
import org.communityops.sla.engine.MemberRequests;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A moderator's Tasklist in headless Chromium lists their clients' SLA-timed tasks
 * soonest due first, an overdue one on top, sorted and labelled by due date, on H2 and
 * PostgreSQL; a task no target times is in the queue "Not timed", not among them.
 * Tasklist's own keyboard shortcuts stay configured beside the script that orders the
 * queues.
 */
@AlsoOnPostgreSql
@ExtendWith(Chromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:tasklist-order;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false" })
class TasklistOrderPageTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filterService;

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@Test
	void aModeratorSeesTheOverdueTaskFirstAndUntimedTasksInAQueueOfTheirOwn() throws IOException {
		ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(7))));
		Task overdue = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		Task resolve = taskService.newTask();
		resolve.setName("Call the client back");
		resolve.setTenantId("northwind");
		taskService.saveTask(resolve);
		taskService.addCandidateGroup(resolve.getId(), "moderators");
		ClockUtil.reset();
		Task later = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "low");
		assertThat(taskService.createTaskQuery().taskId(resolve.getId()).singleResult().getDueDate())
			.as("a task of no process, which no target times")
			.isNull();

		WebDriver page = Chromium.start(Files.createTempDirectory("tasklist-order"));
		try {
			signIn(page, "mo");
			page.get(base() + "#/?filter=" + filter("All open tasks"));
			List<String> listed = listedTasks(page);
			assertThat(page.getCurrentUrl()).as("the address the Tasklist sorts by")
				.contains("sorting=")
				.contains("dueDate");
			assertThat(page.findElement(By.cssSelector("[cam-sorting-choices]")).getText()).contains("Due date");
			assertThat(listed).as("tasks listed, the one overdue for a week on top")
				.startsWith(overdue.getId())
				.doesNotContain(resolve.getId());
			List<Date> dues = listed.stream()
				.map(id -> taskService.createTaskQuery().taskId(id).singleResult().getDueDate())
				.toList();
			assertThat(dues).as("due dates, in the order listed").doesNotContainNull().isSorted();

			Object shortcut = ((JavascriptExecutor) page)
				.executeAsyncScript("const done = arguments[arguments.length - 1];"
						+ " import('/camunda/app/tasklist/scripts/config.js').then(config => done(config.default.shortcuts"
						+ " && config.default.shortcuts.claimTask && config.default.shortcuts.claimTask.key));");
			assertThat(shortcut).as("Tasklist's keyboard shortcuts, kept in our configuration").isEqualTo("ctrl+alt+c");

			page.get(base() + "#/?filter=" + filter("Not timed"));
			assertThat(listedTasks(page)).as("the untimed queue")
				.contains(resolve.getId())
				.doesNotContain(overdue.getId(), later.getId());
			assertThat(later.getDueDate()).as("a task due later is timed too").isAfter(overdue.getDueDate());
		}
		finally {
			page.quit();
		}
	}

	private String base() {
		return TasklistPages.base(port);
	}

	private String filter(String name) {
		return filterService.createFilterQuery().filterName(name).singleResult().getId();
	}

	private void signIn(WebDriver page, String user) {
		TasklistPages.signIn(page, port, user);
	}

	/** The ids of the tasks the list shows, top to bottom, once it has loaded. */
	private static List<String> listedTasks(WebDriver page) {
		TasklistPages.wait(page)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list li.task h4 a")));
		List<String> ids = new ArrayList<>();
		for (WebElement link : page.findElements(By.cssSelector("ol.tasks-list li.task h4 a"))) {
			String href = link.getAttribute("href");
			int at = href.indexOf("task=");
			ids.add(href.substring(at + 5).split("&")[0]);
		}
		return ids;
	}

}
