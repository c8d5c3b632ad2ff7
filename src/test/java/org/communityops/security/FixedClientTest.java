package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client of an instance is fixed at its start: no write through the engine APIs moves
 * it, whoever asks and however the write is put, while a form that sends the same client
 * back still completes its task. Health shows its components (which name the clients) to
 * administrators only.
 */
@SecuredApplicationTest
class FixedClientTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void refusesEveryWriteThatWouldMoveTheWorkToAnotherClient() {
		Api api = new Api(port);
		Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		String taskPath = "/engine-rest/task/" + task.getId();
		String instancePath = "/engine-rest/process-instance/" + task.getProcessInstanceId();

		assertRefused(api.call("mo", "PUT", taskPath + "/variables/client", "{\"value\": \"globex\"}"));
		assertRefused(api.call("mo", "POST", taskPath + "/variables",
				"{\"modifications\": {\"client\": {\"value\": \"globex\"}}}"));
		assertRefused(api.call("mo", "POST", taskPath + "/variables", "{\"deletions\": [\"client\"]}"));
		assertRefused(api.call("admin", "DELETE", taskPath + "/variables/client", null));
		assertRefused(api.call("mo", "POST", taskPath + "/complete",
				"{\"variables\": {\"client\": {\"value\": \"globex\"}, \"responseText\": {\"value\": \"x\"}}}"));
		assertRefused(api.call("admin", "PUT", instancePath + "/variables/client", "{\"value\": \"globex\"}"));
		assertRefused(api.call("admin", "POST", instancePath + "/modification",
				"{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_FirstResponse\","
						+ " \"variables\": {\"client\": {\"value\": \"globex\"}}}]}"));

		assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "client")).isEqualTo("northwind");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void aFormSendingTheSameClientBackCompletesItsTask() {
		Api api = new Api(port);
		Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");

		Api.Answer answer = api.call("mo", "POST", "/engine-rest/task/" + task.getId() + "/submit-form",
				"{\"variables\": {\"client\": {\"value\": \"northwind\"}, \"responseText\": {\"value\": \"Hi\"},"
						+ " \"awaitMemberReply\": {\"value\": false}}}");

		assertThat(answer.status()).as(answer.body()).isEqualTo(204);
	}

	@Test
	void healthNamesTheClientsToAdministratorsOnly() {
		Api api = new Api(port);

		assertThat(api.get("admin", "/actuator/health").body()).contains("components");
		for (String caller : AccessMatrixTest.CALLERS) {
			if (!"admin".equals(caller)) {
				assertThat(api.get(caller, "/actuator/health").json().has("components")).as(caller).isFalse();
			}
		}
	}

	private static void assertRefused(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.json().path("field").asText()).isEqualTo("client");
	}

}
