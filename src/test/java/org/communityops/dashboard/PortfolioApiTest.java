package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.security.Logins;
import org.communityops.sla.engine.EngineTime;
import org.communityops.sla.engine.MemberRequests;
import org.communityops.sla.policy.PolicyRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code /api/dashboard/portfolio} over real HTTP, as the demo users. */
@DashboardApplicationTest
class PortfolioApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	PolicyRegistry policies;

	@Autowired
	Clock clock;

	@Autowired
	DashboardProperties properties;

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	@Test
	void anAccountManagerSeesEachOfTheirClientsWithEveryTargetOfItsCurrentPeriod() throws Exception {
		JsonNode view = portfolio("amelia");

		assertThat(clients(view)).containsExactly("globex", "hooli", "northwind");
		JsonNode northwind = client(view, "northwind");
		assertThat(northwind.get("period").asText())
			.isEqualTo(YearMonth.now(clock.withZone(ZoneId.of("Europe/Berlin"))).toString());
		assertThat(northwind.get("currency").asText()).isEqualTo("EUR");
		assertThat(northwind.get("fee").decimalValue()).isEqualByComparingTo("12000.00");
		assertThat(northwind.get("creditExposure").isNumber()).isTrue();
		List<String> targetIds = StreamSupport.stream(northwind.get("targets").spliterator(), false)
			.map(target -> target.get("id").asText())
			.toList();
		assertThat(targetIds).containsAll(policies.current("northwind")
			.orElseThrow()
			.policy()
			.targets()
			.stream()
			.map(target -> target.id())
			.toList());
		JsonNode triage = target(northwind, "triage");
		assertThat(triage.get("objective").decimalValue()).isEqualByComparingTo("95");
		assertThat(triage.get("open").get("running").isNumber()).isTrue();
	}

	@Test
	void aClientUserSeesTheirOwnClientOnly() throws Exception {
		assertThat(clients(portfolio("nora"))).containsExactly("northwind");
		assertThat(clients(portfolio("gary"))).containsExactly("globex");
		assertThat(clients(portfolio("hana"))).containsExactly("hooli");
	}

	@Test
	void countsANewlyStartedItemAsRunningOnItsTarget() throws Exception {
		long before = target(client(portfolio("amelia"), "northwind"), "triage").get("open").get("running").asLong();

		runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", "northwind", "requestKind", "question", "priority", "normal", "memberName", "ada",
						"subject", "Export", "details", "CSV export stops"));

		JsonNode northwind = client(portfolio("amelia"), "northwind");
		assertThat(target(northwind, "triage").get("open").get("running").asLong()).isEqualTo(before + 1);
		assertThat(northwind.get("open").get("running").asLong()).isGreaterThanOrEqualTo(before + 1);
	}

	@Test
	void everyCallerGetsTheSameFiguresUntilTheyAreOlderThanTheMaxAgeWhileTheOpenCountsStayLive() throws Exception {
		Instant built = Instant.parse("2031-06-04T08:00:00Z"); // Wednesday 10:00 in
																// Berlin
		EngineTime.at(built.toString());
		JsonNode first = client(portfolio("amelia"), "northwind");
		int met = target(first, "triage").get("met").asInt();
		long openResponses = target(first, "first-response").get("open").get("running").asLong();

		// a member question is triaged: its triage clock stops (met), its first-response
		// clock starts
		MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		EngineTime.at(built.plus(properties.reportMaxAge()).minusSeconds(1).toString());
		JsonNode kept = client(portfolio("nora"), "northwind");
		Instant rebuilt = built.plus(properties.reportMaxAge()).plusSeconds(1);
		EngineTime.at(rebuilt.toString());
		JsonNode fresh = client(portfolio("amelia"), "northwind");

		assertThat(first.get("figuresAsOf").asText()).isEqualTo(built.toString());
		assertThat(kept.get("figuresAsOf").asText()).isEqualTo(built.toString());
		assertThat(target(kept, "triage").get("met").asInt()).isEqualTo(met);
		assertThat(target(kept, "first-response").get("open").get("running").asLong()).isEqualTo(openResponses + 1);
		assertThat(fresh.get("figuresAsOf").asText()).isEqualTo(rebuilt.toString());
		assertThat(target(fresh, "triage").get("met").asInt()).isEqualTo(met + 1);
	}

	@Test
	void aNewPeriodNeverShowsTheFiguresOfTheLastOne() throws Exception {
		EngineTime.at("2031-07-31T21:59:55Z"); // 23:59:55 in Berlin, 16:59:55 in Chicago
		JsonNode july = portfolio("amelia");
		EngineTime.at("2031-07-31T22:00:00Z"); // midnight in Berlin, well within the max
												// age
		JsonNode august = portfolio("amelia");

		assertThat(client(july, "northwind").get("period").asText()).isEqualTo("2031-07");
		assertThat(client(august, "northwind").get("period").asText()).isEqualTo("2031-08");
		assertThat(client(august, "northwind").get("figuresAsOf").asText()).isEqualTo("2031-07-31T22:00:00Z");
		// still July in Chicago: globex's figures of five seconds ago are still shared
		assertThat(client(august, "globex").get("period").asText()).isEqualTo("2031-07");
		assertThat(client(august, "globex").get("figuresAsOf").asText()).isEqualTo("2031-07-31T21:59:55Z");
	}

	@Test
	void rolesWithoutReportsAreRefusedAndStrangersAskedToSignIn() {
		ResponseEntity<String> moderator = Logins.as(http, "mo").getForEntity("/api/dashboard/portfolio", String.class);
		ResponseEntity<String> anonymous = http.getForEntity("/api/dashboard/portfolio", String.class);

		assertThat(moderator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(moderator.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private JsonNode portfolio(String user) throws Exception {
		ResponseEntity<String> response = Logins.as(http, user).getForEntity("/api/dashboard/portfolio", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return JSON.readTree(response.getBody());
	}

	private static List<String> clients(JsonNode view) {
		return StreamSupport.stream(view.get("clients").spliterator(), false)
			.map(client -> client.get("client").asText())
			.toList();
	}

	private static JsonNode client(JsonNode view, String client) {
		return StreamSupport.stream(view.get("clients").spliterator(), false)
			.filter(line -> line.get("client").asText().equals(client))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode target(JsonNode client, String id) {
		return StreamSupport.stream(client.get("targets").spliterator(), false)
			.filter(line -> line.get("id").asText().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
