package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.security.Logins;
import org.communityops.sla.engine.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/dashboard/clients/{client}} and {@code /api/dashboard/approvals} over real
 * HTTP, as the demo users.
 */
@DashboardApplicationTest
class ClientViewApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@AfterEach
	void resetEngineTime() {
		ClockUtil.reset();
	}

	@Test
	void listsItemsAtRiskSoonestDueFirstAndBreachesWithWhereTheirEscalationStands() throws Exception {
		EngineTime.at("2031-06-10T08:00:00Z"); // Tuesday 10:00 in Berlin
		String first = work().flaggedPost("northwind", "high"); // triage due 11:00,
																// warned from 10:30
		String urgent = work().flaggedPost("northwind", "urgent"); // triage due 10:30:
																	// breaches
		EngineTime.at("2031-06-10T08:10:00Z");
		String second = work().flaggedPost("northwind", "high"); // triage due 11:10,
																	// warned from 10:40

		EngineTime.at("2031-06-10T08:45:00Z");
		EngineTime.runDueDeadlineJobs(managementService);
		JsonNode view = view("amelia", "northwind");

		assertThat(view.get("summary").get("period").asText()).isEqualTo("2031-06");
		assertThat(view.get("summary").get("open").get("atRisk").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(view.get("summary")).isEqualTo(portfolioLine("amelia", "northwind"));
		assertThat(ours(view.get("atRisk"), first, second)).extracting(c -> c.get("processInstanceId").asText())
			.containsExactly(first, second);
		assertThat(ours(view.get("atRisk"), first, second)).allSatisfy(clock -> {
			assertThat(clock.get("state").asText()).isEqualTo("at-risk");
			assertThat(clock.get("targetId").asText()).isEqualTo("triage");
		});
		assertThat(ours(view.get("atRisk"), first, second).get(0).get("timeLeft").asText()).isEqualTo("PT15M");
		assertThat(ours(view.get("atRisk"), first, second).get(0).get("subject").asText()).isEqualTo("Spam");
		List<JsonNode> breaches = ours(view.get("breaches"), urgent);
		assertThat(breaches).extracting(c -> c.get("targetId").asText()).contains("triage");
		JsonNode triageBreach = breaches.stream()
			.filter(c -> c.get("targetId").asText().equals("triage"))
			.findFirst()
			.orElseThrow();
		assertThat(triageBreach.get("breachedAt").asText()).isEqualTo("2031-06-10T08:30:00Z");
		JsonNode escalation = triageBreach.get("escalation");
		assertThat(escalation.get("instanceId").asText()).isEqualTo(triageBreach.get("escalationInstanceId").asText());
		assertThat(escalation.get("state").asText()).isEqualTo("open");
		assertThat(escalation.get("openTasks")).extracting(t -> t.get("name").asText())
			.containsExactly("Acknowledge escalation");

		runtimeService.deleteProcessInstance(escalation.get("instanceId").asText(), "withdrawn in a test");
		JsonNode after = ours(view("amelia", "northwind").get("breaches"), urgent).stream()
			.filter(c -> c.get("targetId").asText().equals("triage"))
			.findFirst()
			.orElseThrow();
		assertThat(after.get("escalation").get("state").asText()).isEqualTo("cancelled");
		assertThat(after.get("escalation").get("endedAt").asText()).isEqualTo("2031-06-10T08:45:00Z");
	}

	@Test
	void anotherClientsViewDoesNotExistAndClientUsersAndModeratorsHaveNone() {
		assertThat(status("amelia", "/api/dashboard/clients/initech")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("gary", "/api/dashboard/clients/northwind")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("nora", "/api/dashboard/clients/northwind")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status("mo", "/api/dashboard/clients/northwind")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status("admin", "/api/dashboard/clients/umbrella")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("admin", "/api/dashboard/clients/initech")).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> refused = Logins.as(http, "nora")
			.getForEntity("/api/dashboard/clients/northwind", String.class);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void aClientUserSeesTheApprovalsWaitingOnTheirClientOnly() throws Exception {
		String approval = work().approvalWaitingOn("northwind", "Winter meetup");

		List<JsonNode> nora = approvals("nora");

		JsonNode ours = nora.stream().filter(a -> a.get("taskId").asText().equals(approval)).findFirst().orElseThrow();
		assertThat(ours.get("name").asText()).isEqualTo("Approve content (client)");
		assertThat(ours.get("subject").asText()).isEqualTo("Winter meetup");
		assertThat(ours.get("due").isTextual()).isTrue();
		assertThat(ours.get("timeLeft").asText()).startsWith("PT47H");
		assertThat(nora).extracting(a -> a.get("client").asText()).containsOnly("northwind");
		assertThat(approvals("gary")).isNotEmpty().extracting(a -> a.get("client").asText()).containsOnly("globex");
		assertThat(approvals("amelia")).isEmpty();
	}

	private JsonNode view(String user, String client) throws Exception {
		ResponseEntity<String> response = Logins.as(http, user)
			.getForEntity("/api/dashboard/clients/" + client, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return JSON.readTree(response.getBody());
	}

	/**
	 * The client's line of the user's portfolio, whose open counts are read for all
	 * clients at once.
	 */
	private JsonNode portfolioLine(String user, String client) throws Exception {
		ResponseEntity<String> response = Logins.as(http, user).getForEntity("/api/dashboard/portfolio", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return StreamSupport.stream(JSON.readTree(response.getBody()).get("clients").spliterator(), false)
			.filter(line -> line.get("client").asText().equals(client))
			.findFirst()
			.orElseThrow();
	}

	private List<JsonNode> approvals(String user) throws Exception {
		ResponseEntity<String> response = Logins.as(http, user).getForEntity("/api/dashboard/approvals", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return StreamSupport.stream(JSON.readTree(response.getBody()).spliterator(), false).toList();
	}

	private HttpStatus status(String user, String path) {
		return HttpStatus.valueOf(Logins.as(http, user).getForEntity(path, String.class).getStatusCode().value());
	}

	/**
	 * The clocks of the list that belong to these process instances, in the list's order.
	 */
	private static List<JsonNode> ours(JsonNode clocks, String... instances) {
		List<String> wanted = List.of(instances);
		return StreamSupport.stream(clocks.spliterator(), false)
			.filter(clock -> wanted.contains(clock.get("processInstanceId").asText()))
			.toList();
	}

	private DashboardWork work() {
		return new DashboardWork(runtimeService, taskService);
	}

}
