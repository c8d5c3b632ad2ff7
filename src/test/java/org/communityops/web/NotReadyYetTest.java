package org.communityops.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityops.security.Logins;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * While the application is not ready (starting: models not deployed, policies not loaded;
 * or stopping), its APIs answer 503 with Retry-After rather than an empty policy list or
 * an untimed start; once ready, they answer.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:not-ready-yet;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false" })
class NotReadyYetTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void answersTheApisWithServiceUnavailableUntilTheApplicationIsReady() {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

		for (String api : new String[] { "/api/sla/policies", "/api/dashboard", "/engine-rest/task" }) {
			ResponseEntity<String> answer = Logins.admin(http).getForEntity(api, String.class);
			assertThat(answer.getStatusCode()).as(api).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(answer.getHeaders().getContentType()).as(api).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(answer.getHeaders().getFirst("Retry-After")).as(api).isEqualTo("5");
			assertThat(answer.getBody()).as(api).contains("not ready");
		}
		assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
			.as("readiness says why")
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		ResponseEntity<String> policies = Logins.admin(http).getForEntity("/api/sla/policies", String.class);
		assertThat(policies.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(policies.getBody()).contains("northwind");
	}

}
