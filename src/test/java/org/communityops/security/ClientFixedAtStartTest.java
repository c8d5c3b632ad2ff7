package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client of an instance is its tenant, fixed at its start: mo, moderator on
 * northwind, may set the variables of northwind's tasks over REST, but not move the work
 * into initech's clocks and reports by writing {@code client}.
 */
@SecuredApplicationTest
class ClientFixedAtStartTest {

	private static final String TO_INITECH = "{\"value\": \"initech\", \"type\": \"String\"}";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aClientVariableWrittenOverRestIsRefusedAndMovesNeitherLaterClocksNorReports() {
		JsonNode northwindBefore = firstResponseFigures("northwind", "2026-09");
		JsonNode initechBefore = firstResponseFigures("initech", "2026-Q3");
		EngineTime.at("2026-09-07T07:00:00Z");
		ProcessInstance instance = memberQuestion();
		Task triage = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

		Api.Answer sameClient = api.call("mo", "PUT", "/engine-rest/task/" + triage.getId() + "/variables/client",
				"{\"value\": \"northwind\", \"type\": \"String\"}");
		Api.Answer write = api.call("mo", "PUT", "/engine-rest/task/" + triage.getId() + "/variables/client",
				TO_INITECH);
		taskService.complete(triage.getId(),
				Map.of("priority", "normal", "category", "account", "triageOutcome", "respond", "triageNote", "ok"));
		Task response = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		EngineTime.at("2026-09-07T07:30:00Z");
		taskService.complete(response.getId(), Map.of("responseText", "Here is how", "awaitMemberReply", false));
		ClockUtil.reset();

		JsonNode clocks = api.get("admin", "/api/sla/tasks/" + response.getId()).json();
		assertThat(clocks).singleElement().satisfies(clock -> {
			assertThat(clock.get("client").asText()).isEqualTo("northwind");
			assertThat(clock.get("state").asText()).isEqualTo("met");
		});
		assertThat(api.get("mira", "/api/sla/tasks/" + response.getId()).json()).isEmpty();
		assertThat(firstResponseFigures("northwind", "2026-09").get("met").asInt())
			.isEqualTo(northwindBefore.get("met").asInt() + 1);
		assertThat(firstResponseFigures("initech", "2026-Q3")).isEqualTo(initechBefore);
		assertThat(write.status()).isEqualTo(400);
		assertThat(write.isProblem()).isTrue();
		assertThat(write.json().get("detail").asText()).contains("'client'");
		assertThat(sameClient.status()).isEqualTo(204);
		assertThat(runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(instance.getId())
			.variableName("client")
			.singleResult()
			.getValue()).isEqualTo("northwind");
	}

	private ProcessInstance memberQuestion() {
		return runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", "northwind", "requestKind", "question", "priority", "normal", "memberName", "ada",
						"subject", "Export", "details", "CSV export stops"));
	}

	/**
	 * The first-response line of the client's compliance report for a period, as the
	 * administrator reads it.
	 */
	private JsonNode firstResponseFigures(String client, String period) {
		JsonNode report = api
			.get("admin", "/api/reports/compliance?client=" + client + "&period=" + period + "&format=json")
			.json();
		for (JsonNode target : report.get("targets")) {
			if (target.get("id").asText().equals("first-response")) {
				return target;
			}
		}
		throw new AssertionError("no first-response target in " + report);
	}

}
