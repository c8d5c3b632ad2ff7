package org.communityops.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.dashboard.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The triage form in Tasklist (headless Chromium) offers the decisions for the forum that
 * fit the item: a post held for approval is approved or rejected, a flag is agreed with,
 * disagreed with or ignored, and an item that did not come from a forum has no such
 * choice.
 */
@ExtendWith(Chromium.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:triage-form;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false" })
class TriageFormPageTest {

	private static final String QUEUED = "Approve, publish the post";

	private static final String FLAGGED = "Agree, hide the post";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void offersEachKindOfForumItemItsOwnDecisions() throws IOException {
		Task queued = triage("ReviewableQueuedPost", 1403);
		Task flagged = triage("ReviewableFlaggedPost", 1401);
		Task manual = triage(null, 0);

		WebDriver page = Chromium.start(Files.createTempDirectory("triage-form"));
		try {
			TasklistPages.signIn(page, port, "mo");
			assertThat(formText(page, queued, QUEUED)).contains("Reject the post").doesNotContain(FLAGGED);
			assertThat(formText(page, flagged, FLAGGED)).contains("Ignore the flag").doesNotContain(QUEUED);
			assertThat(formText(page, manual, "Why no action?")).doesNotContain(QUEUED, FLAGGED,
					"Decision on the forum");
		}
		finally {
			page.quit();
		}
	}

	/** The text of the task's form once it shows {@code shown}. */
	private String formText(WebDriver page, Task task, String shown) {
		page.get(TasklistPages.base(port) + "#/?task=" + task.getId() + "&detailsTab=form");
		TasklistPages.wait(page)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), shown));
		return page.findElement(By.cssSelector(".fjs-container")).getText();
	}

	private Task triage(String itemType, long itemId) {
		Map<String, Object> variables = new HashMap<>(Map.of("client", "northwind", "requestKind", "queued-post",
				"priority", "normal", "memberName", "new_member", "subject", "Post awaiting approval", "details",
				"The new export button times out", "triageOutcome", "no-action"));
		if (itemType != null) {
			variables.putAll(Map.of("platform", "discourse", "platformItemType", itemType, "platformItemId", itemId,
					"platformItemVersion", 0));
		}
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				"triage-form-" + itemId, variables);
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}
