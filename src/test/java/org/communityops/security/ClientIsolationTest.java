package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client user against another client's work, and the tenant every process instance
 * carries, over real HTTP. A refused change leaves the task exactly as it was.
 */
@SecuredApplicationTest
class ClientIsolationTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@ParameterizedTest
	@CsvSource({ "gary, globex", "ines, initech", "hana, hooli" })
	void aClientUserCannotClaimCompleteOrReadTheWorkOfAnotherClient(String user, String ownClient) {
		Api api = new Api(port);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("VendorReviewProcess",
				Map.of("client", "northwind", "vendor", "Nightwatch", "vendorService", "moderation", "reviewPeriod",
						"2026-Q4", "clientSignOffRequired", true));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).list().get(0);
		String path = "/engine-rest/task/" + task.getId();

		Api.Answer claim = api.call(user, "POST", path + "/claim", "{\"userId\": \"" + user + "\"}");
		Api.Answer complete = api.call(user, "POST", path + "/complete", "{\"variables\": {}}");
		Api.Answer variables = api.get(user, path + "/variables");
		Api.Answer setVariable = api.call(user, "PUT", path + "/variables/client",
				"{\"value\": \"" + ownClient + "\", \"type\": \"String\"}");

		assertThat(java.util.List.of(claim, complete, variables, setVariable)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.body()).doesNotContain("northwind", "Nightwatch");
		});
		Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(after.getAssignee()).isNull();
		assertThat(runtimeService.getVariable(instance.getId(), "client")).isEqualTo("northwind");
	}

	@Test
	void everyInstanceCarriesItsClientAsTenantDownToItsTasksAndHistory() {
		Api api = new Api(port);

		Api.Answer started = api.call("amelia", "POST",
				"/engine-rest/process-definition/key/MemberSupportProcess/start", memberRequest("globex"));

		assertThat(started.status()).isEqualTo(200);
		String id = started.json().get("id").asText();
		assertThat(started.json().get("tenantId").asText()).isEqualTo("globex");
		assertThat(taskService.createTaskQuery().processInstanceId(id).singleResult().getTenantId())
			.isEqualTo("globex");
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).list())
			.allSatisfy(variable -> assertThat(variable.getTenantId()).isEqualTo("globex"));
	}

	@Test
	void anInstanceWithoutAClientOfTheCallerIsRefusedAsABadRequest() {
		Api api = new Api(port);
		String start = "/engine-rest/process-definition/key/MemberSupportProcess/start";
		long before = runtimeService.createProcessInstanceQuery().count();

		Api.Answer missing = api.call("admin", "POST", start, "{\"variables\": {}}");
		Api.Answer unknown = api.call("admin", "POST", start, memberRequest("umbrella"));
		Api.Answer notTheirs = api.call("amelia", "POST", start, memberRequest("initech"));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.isProblem()).isTrue();
		assertThat(missing.json().get("detail").asText()).contains("variable 'client' must name the client", "missing");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("detail").asText()).contains("'umbrella'", "not a client you work for");
		assertThat(notTheirs.status()).isEqualTo(400);
		assertThat(notTheirs.json().get("detail").asText()).contains("'initech'", "not a client you work for");
		assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
	}

	private static String memberRequest(String client) {
		return "{\"variables\": {\"client\": {\"value\": \"" + client
				+ "\"}, \"requestKind\": {\"value\": \"question\"},"
				+ " \"priority\": {\"value\": \"normal\"}, \"memberName\": {\"value\": \"kim\"},"
				+ " \"subject\": {\"value\": \"Export\"}, \"details\": {\"value\": \"CSV\"}}}";
	}

}
