package org.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
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

	/** What closing an evicted context's engine "default" does to the JVM's registry. */
	@BeforeAll
	static void anotherApplicationClosesItsEngineOfTheSameName(@Autowired ProcessEngine engine) {
		ProcessEngines.unregister(engine);
	}

	@Test
	void theEngineRestApiAnswersWithThisApplicationsEngine() {
		ResponseEntity<String> engines = Logins.admin(http).getForEntity("/engine-rest/engine", String.class);
		assertThat(engines.getBody()).contains("\"name\":\"default\"");
		ResponseEntity<String> count = Logins.admin(http).getForEntity("/engine-rest/task/count", String.class);
		assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
