package org.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.welcome.Welcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine REST API and webapps of a test's application find its engine by name even
 * after another application of the same JVM closed its engine of the same name, as
 * Spring's test context cache does when it evicts a context
 * ({@code testing.engine.EngineOfTheTestsContext}).
 */
@SecuredApplicationTest
class EngineOfTheTestsContextTest {

	@Autowired
	TestRestTemplate http;

	/**
	 * What closing an evicted context does to the JVM's statics: its engine "default"
	 * leaves the registry, and its webapps' tear-down drops their runtime delegates.
	 */
	@BeforeAll
	static void anotherApplicationClosesItsEngineOfTheSameName(@Autowired ProcessEngine engine) {
		ProcessEngines.unregister(engine);
		Cockpit.setCockpitRuntimeDelegate(null);
		Tasklist.setTasklistRuntimeDelegate(null);
		Admin.setAdminRuntimeDelegate(null);
		Welcome.setRuntimeDelegate(null);
	}

	@Test
	void theEngineRestApiAnswersWithThisApplicationsEngine() {
		ResponseEntity<String> engines = Logins.admin(http).getForEntity("/engine-rest/engine", String.class);
		assertThat(engines.getBody()).contains("\"name\":\"default\"");
		ResponseEntity<String> count = Logins.admin(http).getForEntity("/engine-rest/task/count", String.class);
		assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theWebappsServeTheirPagesWithThisApplicationsEngine() {
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			HttpHeaders html = new HttpHeaders();
			html.setAccept(List.of(MediaType.TEXT_HTML));
			ResponseEntity<String> page = http.exchange("/camunda/app/" + app + "/default/", HttpMethod.GET,
					new HttpEntity<>(html), String.class);
			assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
			assertThat(page.getBody()).as(app).contains("<html");
		}
	}

}
