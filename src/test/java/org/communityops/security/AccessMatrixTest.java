package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every data endpoint called as each role and as another client's user, over real HTTP on
 * the real engine, against northwind work: a member request waiting for a moderator's
 * first response (timed by an SLA clock) and a content approval waiting for the client.
 * Columns: anonymous; admin; amelia, account manager of northwind, globex and hooli; mo,
 * moderator on the same three; mira, moderator on initech only; nora, northwind's client
 * user; gary, globex's; hana, hooli's. A cell is the status, or for a list whether it
 * holds the northwind object ({@code data}) or not ({@code none}).
 */
@SecuredApplicationTest
class AccessMatrixTest {

	static final List<String> CALLERS = new ArrayList<>(
			java.util.Arrays.asList(null, "admin", "amelia", "mo", "mira", "nora", "gary", "hana"));

	static final String FIRST_RESPONSE = "{\"variables\": {\"responseText\": {\"value\": \"Thanks, we are on it\"},"
			+ " \"awaitMemberReply\": {\"value\": false}}}";

	static final String CLIENT_APPROVES = "{\"variables\": {\"clientDecision\": {\"value\": \"approve\"}}}";

	/**
	 * A choice of notification emails for northwind: its default, so it changes nothing.
	 */
	static final String NORTHWIND_WARNINGS_MINE = "{\"preferences\": [{\"client\": \"northwind\","
			+ " \"type\": \"sla.warning\", \"choice\": \"mine\"}]}";

	static final String PREVIEW = "{\"clock\": \"24x7\", \"within\": \"4h\", \"start\": \"2026-03-06T15:00:00Z\"}";

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

	@Test
	void everyReadAnswersEachCallerExactlyAsTheMatrixSays() {
		Task task = firstResponse();
		Task clientTask = clientApproval();
		String clock = api.get("admin", "/api/sla/tasks/" + task.getId()).json().get(0).get("id").asText();
		Map<String, String> ids = Map.of("{task}", task.getId(), "{instance}", task.getProcessInstanceId(),
				"{clientTask}", clientTask.getId(), "{clientInstance}", clientTask.getProcessInstanceId(), "{clock}",
				clock);
		Predicate<JsonNode> any = list -> !list.isEmpty();
		Predicate<JsonNode> theClock = page -> page.get("items").findValuesAsText("id").contains(clock);
		Predicate<JsonNode> northwind = overview -> overview.get("policies")
			.findValuesAsText("client")
			.contains("northwind");

		Predicate<JsonNode> reportOfNorthwind = portfolio -> portfolio.toString().contains("\"northwind\"");

		Matrix matrix = new Matrix(ids);
		matrix.read("/engine-rest/task/{task}", "401 200 200 200 404 404 404 404");
		matrix.list("/engine-rest/task?processInstanceId={instance}", any, "401 data data data none none none none");
		matrix.read("/engine-rest/task/{task}/variables", "401 200 200 200 404 404 404 404");
		matrix.read("/engine-rest/process-instance/{instance}", "401 200 200 200 404 403 403 403");
		matrix.read("/engine-rest/process-instance/{instance}/variables", "401 200 200 200 404 403 403 403");
		matrix.read("/engine-rest/history/process-instance/{instance}", "401 200 200 200 404 403 403 403");
		matrix.list("/engine-rest/history/task?processInstanceId={instance}", any,
				"401 data data data none 403 403 403");
		matrix.list("/engine-rest/history/variable-instance?processInstanceId={instance}", any,
				"401 data data data none 403 403 403");
		matrix.list("/engine-rest/variable-instance?processInstanceIdIn={instance}", any,
				"401 data data data none 403 403 403");
		matrix.read("/engine-rest/task/{clientTask}", "401 200 200 200 404 200 404 404");
		matrix.read("/engine-rest/task/{clientTask}/variables", "401 200 200 200 404 200 404 404");
		matrix.list("/engine-rest/task?processInstanceId={clientInstance}", any,
				"401 data data data none data none none");
		matrix.read("/api/sla/clocks?client=northwind", "401 200 200 200 404 200 404 404");
		matrix.list("/api/sla/clocks?size=500", theClock, "401 data data data none data none none");
		matrix.read("/api/sla/clocks/{clock}", "401 200 200 200 404 200 404 404");
		matrix.list("/api/sla/tasks/{task}", any, "401 data data data none data none none");
		matrix.list("/api/sla/policies", northwind, "401 data data data none data none none");
		matrix.read("/api/sla/policies/northwind", "401 200 200 200 404 200 404 404");
		matrix.read("/api/sla/policies/northwind/versions/1", "401 200 200 200 404 200 404 404");
		matrix.read("/api/sla/policies/hooli", "401 200 200 200 404 404 404 200");
		matrix.call("POST", "/api/sla/preview", () -> PREVIEW, "401 200 200 200 200 200 200 200");
		matrix.read("/api/reports/compliance?client=northwind&period=2026-10&format=json",
				"401 200 200 403 404 200 404 404");
		matrix.read("/api/reports/compliance?client=northwind&period=2026-10&format=xlsx",
				"401 200 200 403 404 200 404 404");
		matrix.list("/api/reports/portfolio?period=2026-10&format=json", reportOfNorthwind,
				"401 data data 403 403 data none none");
		matrix.read("/api/reports/portfolio?period=2026-10&format=json&clients=northwind,globex",
				"401 200 200 403 404 404 404 404");
		matrix.list("/api/dashboard/portfolio", reportOfNorthwind, "401 data data 403 403 data none none");
		matrix.read("/api/dashboard/clients/northwind", "401 200 200 403 404 403 404 404");
		matrix.list("/api/dashboard/approvals", list -> list.findValuesAsText("taskId").contains(clientTask.getId()),
				"401 none none none none data none none");
		matrix.read("/actuator/metrics", "401 200 403 403 403 403 403 403");
		matrix.read("/api/notifications/webhooks", "401 200 403 403 403 403 403 403");
		matrix.read("/api/notifications/deliveries?client=northwind", "401 200 403 403 403 403 403 403");
		matrix.call("POST", "/api/notifications/webhooks/nowhere/enable", () -> "{}",
				"401 404 403 403 403 403 403 403");
		matrix.list("/api/me/notification-preferences",
				profile -> profile.path("clients").findValuesAsText("client").contains("northwind"),
				"401 none data data none data none none");
		matrix.call("PUT", "/api/me/notification-preferences", () -> NORTHWIND_WARNINGS_MINE,
				"401 400 200 200 400 200 400 400");

		matrix.assertAsExpected();
	}

	@Test
	void claimAndCompleteAnswerEachCallerExactlyAsTheMatrixSays() {
		Matrix matrix = new Matrix(Map.of());
		matrix.fresh("POST", "/engine-rest/task/{task}/claim", this::firstResponse, caller -> claimBody(caller),
				"401 204 403 204 404 404 404 404");
		matrix.fresh("POST", "/engine-rest/task/{task}/complete", this::firstResponse, caller -> FIRST_RESPONSE,
				"401 204 403 204 404 404 404 404");
		matrix.fresh("POST", "/engine-rest/task/{task}/claim", this::clientApproval, caller -> claimBody(caller),
				"401 204 403 204 404 204 404 404");
		matrix.fresh("POST", "/engine-rest/task/{task}/complete", this::clientApproval, caller -> CLIENT_APPROVES,
				"401 204 403 204 404 204 404 404");

		matrix.assertAsExpected();
	}

	private static String claimBody(String caller) {
		return "{\"userId\": \"" + (caller == null ? "nobody" : caller) + "\"}";
	}

	/** A northwind member question waiting for a moderator's first response. */
	Task firstResponse() {
		return MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
	}

	/** A northwind post drafted and reviewed, waiting for the client's approval. */
	Task clientApproval() {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("ContentApprovalProcess",
				Map.of("client", "northwind", "contentType", "post", "title", "Matrix", "brief", "A post", "priority",
						"normal", "publishBy", "2026-12-20"));
		complete(instance, Map.of("body", "Hello members", "channel", "General"));
		complete(instance, Map.of("reviewDecision", "approve", "reviewComment", "Fine"));
		Task approval = waiting(instance);
		assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ClientApproval");
		return approval;
	}

	private void complete(ProcessInstance instance, Map<String, Object> variables) {
		taskService.complete(waiting(instance).getId(), variables);
	}

	private Task waiting(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	/**
	 * Expected and actual cells, row by row, compared as one table so that a failure
	 * shows every difference.
	 */
	final class Matrix {

		private final Map<String, String> ids;

		private final Map<String, String> expected = new LinkedHashMap<>();

		private final Map<String, String> actual = new LinkedHashMap<>();

		private final List<String> notProblems = new ArrayList<>();

		Matrix(Map<String, String> ids) {
			this.ids = ids;
		}

		void read(String path, String cells) {
			row("GET", path, null, null, cells);
		}

		void list(String path, Predicate<JsonNode> holdsIt, String cells) {
			row("GET", path, null, holdsIt, cells);
		}

		void call(String method, String path, Supplier<String> body, String cells) {
			row(method, path, caller -> body.get(), null, cells);
		}

		/**
		 * Each caller gets an object of their own, so that one caller's success does not
		 * change the next one's.
		 */
		void fresh(String method, String path, Supplier<Task> object, java.util.function.Function<String, String> body,
				String cells) {
			List<String> answers = new ArrayList<>();
			for (String caller : CALLERS) {
				Task task = object.get();
				String resolved = path.replace("{task}", task.getId());
				answers.add(cell(caller, method, resolved, body.apply(caller), null));
			}
			put(method + " " + path + " (" + object.get().getTaskDefinitionKey() + ")", cells, answers);
		}

		private void row(String method, String path, java.util.function.Function<String, String> body,
				Predicate<JsonNode> holdsIt, String cells) {
			String resolved = path;
			for (Map.Entry<String, String> id : ids.entrySet()) {
				resolved = resolved.replace(id.getKey(), id.getValue());
			}
			List<String> answers = new ArrayList<>();
			for (String caller : CALLERS) {
				answers.add(cell(caller, method, resolved, body == null ? null : body.apply(caller), holdsIt));
			}
			put(method + " " + path, cells, answers);
		}

		private String cell(String caller, String method, String path, String body, Predicate<JsonNode> holdsIt) {
			Api.Answer answer = api.call(caller, method, path, body);
			if (answer.status() >= 400 && !answer.isProblem()) {
				notProblems
					.add(method + " " + path + " as " + caller + ": " + answer.status() + " " + answer.contentType());
			}
			if (answer.status() == 200 && holdsIt != null) {
				return holdsIt.test(answer.json()) ? "data" : "none";
			}
			return String.valueOf(answer.status());
		}

		private void put(String row, String cells, List<String> answers) {
			expected.put(row, cells);
			actual.put(row, String.join(" ", answers));
		}

		void assertAsExpected() {
			assertThat(table(actual)).isEqualTo(table(expected));
			assertThat(notProblems).as("errors that are not application/problem+json").isEmpty();
		}

		private String table(Map<String, String> rows) {
			StringBuilder table = new StringBuilder(
					String.format("%-70s %s%n", "", "anon admin amelia mo mira nora gary hana"));
			rows.forEach((row, cells) -> table.append(String.format("%-70s %s%n", row, cells)));
			return table.toString();
		}

	}

}
