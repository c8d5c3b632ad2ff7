package org.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.dashboard.Chromium;
import org.communityops.sla.engine.MemberRequests;
import org.communityops.testing.WebappSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Tasklist and Cockpit in headless Chromium still do each role's work behind the engine
 * API's allowlist: a client user opens and claims her approval, a moderator reads a
 * task's history, an account manager opens an instance in Cockpit, and not one of the
 * requests the webapps make on the way is refused (403) or fails (5xx).
 */
@SecuredApplicationTest
@ExtendWith(Chromium.Installed.class)
@Import(WebappsPageTest.Refusals.class)
class WebappsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	List<String> refused;

	@Test
	void tasklistAndCockpitDoEachRolesWorkWithoutARefusedRequest() throws IOException {
		Task response = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		Task approval = clientApproval();

		signedIn("nora", "tasklist", "#/?task=" + approval.getId() + "&detailsTab=form", page -> {
			wait(page).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Approve content"));
			wait(page).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
			wait(page).until(done -> "nora".equals(assignee(approval)));
		});
		signedIn("mo", "tasklist", "#/?task=" + response.getId() + "&detailsTab=history", page -> wait(page)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Send first response")));
		signedIn("amelia", "cockpit", "#/process-instance/" + response.getProcessInstanceId() + "/runtime",
				page -> wait(page).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
						response.getProcessInstanceId())));

		assertThat(refused).as("webapps requests refused or failed").isEmpty();
	}

	private void signedIn(String user, String app, String view, java.util.function.Consumer<WebDriver> work)
			throws IOException {
		WebDriver page = Chromium.start(Files.createTempDirectory("webapps"));
		try {
			String base = "http://localhost:" + port + "/camunda/app/" + app + "/default/";
			WebappSignIn.signIn(page, base, user);
			page.get(base + view);
			work.accept(page);
		}
		finally {
			page.quit();
		}
	}

	private static WebDriverWait wait(WebDriver page) {
		return new WebDriverWait(page, Duration.ofSeconds(20));
	}

	private String assignee(Task task) {
		return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

	private Task clientApproval() {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("ContentApprovalProcess",
				Map.of("client", "northwind", "contentType", "post", "title", "Webapps", "brief", "A post", "priority",
						"normal", "publishBy", "2026-12-20"));
		taskService.complete(waiting(instance).getId(), Map.of("body", "Hello members", "channel", "General"));
		taskService.complete(waiting(instance).getId(), Map.of("reviewDecision", "approve", "reviewComment", "Fine"));
		return waiting(instance);
	}

	private Task waiting(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	/** Records every request of the webapps' APIs answered 403 or 5xx. */
	@TestConfiguration
	static class Refusals {

		@Bean
		List<String> refused() {
			return new CopyOnWriteArrayList<>();
		}

		@Bean
		FilterRegistrationBean<Filter> refusalRecorder(List<String> refused) {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				chain.doFilter(request, response);
				int status = ((HttpServletResponse) response).getStatus();
				if (status == 403 || status >= 500) {
					HttpServletRequest http = (HttpServletRequest) request;
					refused.add(status + " " + http.getMethod() + " " + http.getRequestURI());
				}
			});
			registration.addUrlPatterns("/camunda/api/*");
			registration.setOrder(-1);
			return registration;
		}

	}

}
