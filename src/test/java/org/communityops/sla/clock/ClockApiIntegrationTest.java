package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.engine.EngineTime.at;
import static org.communityops.sla.engine.EngineTime.runDueDeadlineJobs;
import static org.communityops.security.Logins.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.EngineTimeClock;
import org.communityops.sla.engine.MemberRequests;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The clock API and gauges over real HTTP, on the real engine with the demo policies
 * (northwind: Mon-Fri 08:00-18:00 in Berlin; first response within 4h normal, 2h high, 1h
 * urgent, warnings at 50% and 75%). Tasks are created at fixed instants with ClockUtil,
 * and the API's "now" is the engine's, so time left is exact. The demo work seeded at
 * start-up has clocks too: list assertions look at the clocks each test made, and at the
 * order of the whole answer.
 */
@AlsoOnPostgreSql
@Import(EngineTimeClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:clock-api;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false" })
class ClockApiIntegrationTest {

	private static final Instant MONDAY_10_BERLIN = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ClockGauges gauges;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void listsTheClientsFirstResponsesByTimeLeftWithTheStateOfEach() {
		Work work = normalUrgentAndHighAtMondayTenThenHalfPastEleven();

		List<JsonNode> all = items(get("/api/sla/clocks?client=northwind&target=first-response&size=500"));

		assertThat(all).allSatisfy(clock -> {
			assertThat(clock.get("client").asText()).isEqualTo("northwind");
			assertThat(clock.get("targetId").asText()).isEqualTo("first-response");
		});
		assertThat(dueTimesOfOpenClocks(all)).isSorted();
		assertThat(ours(all, work))
			.extracting(clock -> clock.get("taskId").asText() + " " + clock.get("state").asText() + " "
					+ clock.get("rawState").asText() + " " + clock.get("timeLeft").asText())
			.containsExactly(work.urgent() + " breached RUNNING PT-30M", work.high() + " at-risk RUNNING PT30M",
					work.normal() + " running RUNNING PT2H30M");
		JsonNode urgent = ours(all, work).get(0);
		assertThat(urgent.get("breachedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
		assertThat(urgent.get("escalationInstanceId").asText()).isNotBlank();
		assertThat(urgent.get("within").asText()).isEqualTo("PT1H");
		assertThat(urgent.get("priority").asText()).isEqualTo("urgent");
		assertThat(urgent.get("processDefinitionKey").asText()).isEqualTo("MemberSupportProcess");
		assertThat(urgent.get("taskDefinitionKey").asText()).isEqualTo("Task_FirstResponse");
	}

	@Test
	void filtersByStateSoEachClockIsInExactlyOne() {
		Work work = normalUrgentAndHighAtMondayTenThenHalfPastEleven();
		at("2026-11-23T10:45:00Z");
		taskService.complete(work.urgent(), Map.of("responseText", "Sorry for the wait", "awaitMemberReply", false));

		List<JsonNode> running = items(
				get("/api/sla/clocks?client=northwind&target=first-response&state=running&size=500"));
		List<JsonNode> atRisk = items(
				get("/api/sla/clocks?client=northwind&target=first-response&state=at-risk&size=500"));
		List<JsonNode> breached = items(get("/api/sla/clocks?client=northwind&state=breached&size=500"));
		List<JsonNode> met = items(get("/api/sla/clocks?client=northwind&target=first-response&state=met&size=500"));

		assertThat(taskIds(ours(running, work))).containsExactly(work.normal());
		assertThat(taskIds(ours(atRisk, work))).containsExactly(work.high());
		assertThat(taskIds(ours(breached, work))).containsExactly(work.urgent());
		assertThat(ours(met, work)).isEmpty();
		assertThat(running).allSatisfy(clock -> {
			assertThat(clock.get("breachedAt").isNull()).isTrue();
			assertThat(clock.get("rawState").asText()).isEqualTo("RUNNING");
		});
		assertThat(atRisk).allSatisfy(clock -> {
			assertThat(clock.get("breachedAt").isNull()).isTrue();
			assertThat(clock.get("rawState").asText()).isIn("RUNNING", "PAUSED");
		});
		assertThat(breached).allSatisfy(clock -> assertThat(clock.get("breachedAt").isNull()).isFalse());
		JsonNode stoppedBreach = ours(breached, work).get(0);
		assertThat(stoppedBreach.get("rawState").asText()).isEqualTo("BREACHED");
		assertThat(stoppedBreach.get("stoppedAt").asText()).isEqualTo("2026-11-23T10:45:00Z");
		assertThat(stoppedBreach.get("timeLeft").isNull()).isTrue();
	}

	@Test
	void pagesThroughTheSortedList() {
		normalUrgentAndHighAtMondayTenThenHalfPastEleven();
		JsonNode whole = get("/api/sla/clocks?client=northwind&size=500");
		List<String> ids = ids(items(whole));
		assertThat(ids).hasSizeGreaterThan(4);

		JsonNode second = get("/api/sla/clocks?client=northwind&page=1&size=2");
		JsonNode beyond = get("/api/sla/clocks?client=northwind&page=" + ids.size() + "&size=1");

		assertThat(ids(items(second))).containsExactlyElementsOf(ids.subList(2, 4));
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(2);
		assertThat(second.get("total").asLong()).isEqualTo(ids.size()).isEqualTo(whole.get("total").asLong());
		assertThat(items(beyond)).isEmpty();
		assertThat(get("/api/sla/clocks?client=northwind").get("size").asInt()).isEqualTo(50);
	}

	@Test
	void showsTheLogAndHowLongEachHolderHeldAStoppedClock() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "normal");
		at("2026-11-23T09:30:00Z");
		taskService.claim(response.getId(), "mo");
		at("2026-11-23T10:15:00Z");
		taskService.setAssignee(response.getId(), "lena");
		at("2026-11-23T10:45:00Z");
		taskService.complete(response.getId(), Map.of("responseText", "Here is how", "awaitMemberReply", false));

		JsonNode clock = get("/api/sla/clocks/" + clockIdOf(response.getId()));

		assertThat(clock.get("state").asText()).isEqualTo("met");
		assertThat(clock.get("holder").asText()).isEqualTo("lena");
		assertThat(clock.get("timeLeft").isNull()).isTrue();
		assertThat(StreamSupport.stream(clock.get("timeline").spliterator(), false))
			.extracting(entry -> entry.get("type").asText() + "@" + entry.get("at").asText() + " "
					+ entry.get("holder").asText())
			.containsExactly("STARTED@2026-11-23T09:00:00Z null", "REASSIGNED@2026-11-23T09:30:00Z mo",
					"REASSIGNED@2026-11-23T10:15:00Z lena", "MET@2026-11-23T10:45:00Z lena");
		assertThat(clock.get("timeline").get(0).get("detail").asText()).isEqualTo("within PT4H");
		assertThat(heldBy(clock)).containsExactly("(unassigned) PT30M", "mo PT45M", "lena PT30M");
	}

	@Test
	void countsTheCurrentHoldersTimeUpToNowOnAnOpenClock() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "normal");
		at("2026-11-23T09:30:00Z");
		taskService.claim(response.getId(), "mo");
		at("2026-11-23T10:00:00Z");

		JsonNode clock = get("/api/sla/clocks/" + clockIdOf(response.getId()));

		assertThat(clock.get("state").asText()).isEqualTo("running");
		assertThat(clock.get("timeLeft").asText()).isEqualTo("PT3H");
		assertThat(clock.get("dueAt").asText()).isEqualTo("2026-11-23T13:00:00Z");
		assertThat(clock.get("firstWarningAt").asText()).isEqualTo("2026-11-23T11:00:00Z");
		assertThat(heldBy(clock)).containsExactly("(unassigned) PT30M", "mo PT30M");
	}

	@Test
	void listsTheClocksOfOneTaskAndNoneForAnUnknownTask() {
		Task response = firstResponseCreatedAt(MONDAY_10_BERLIN, "high");

		JsonNode clocks = get("/api/sla/tasks/" + response.getId());
		JsonNode none = get("/api/sla/tasks/no-such-task");

		assertThat(clocks.isArray()).isTrue();
		assertThat(clocks).hasSize(1);
		assertThat(clocks.get(0).get("targetId").asText()).isEqualTo("first-response");
		assertThat(clocks.get(0).get("processInstanceId").asText()).isEqualTo(response.getProcessInstanceId());
		assertThat(clocks.get(0).get("policyVersion").asInt()).isPositive();
		assertThat(none.isArray()).isTrue();
		assertThat(none).isEmpty();
	}

	@Test
	void aBadParameterIsAProblemNamingIt() {
		assertBadRequest("/api/sla/clocks?state=late", "state",
				"Unknown state 'late'; expected one of running," + " paused, at-risk, breached, met, cancelled");
		assertBadRequest("/api/sla/clocks?page=-1", "page", "page must be 0 or more, not -1");
		assertBadRequest("/api/sla/clocks?size=0", "size", "size must be between 1 and 500, not 0");
		assertBadRequest("/api/sla/clocks?size=501", "size", "size must be between 1 and 500, not 501");
		assertBadRequest("/api/sla/clocks?size=ten", "size", "size must be a whole number, not 'ten'");
	}

	@Test
	void anUnknownClockIsNotFound() {
		ResponseEntity<JsonNode> response = admin(http).getForEntity("/api/sla/clocks/no-such-clock", JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText()).isEqualTo("No SLA clock 'no-such-clock'");
	}

	@Test
	void gaugesCountTheOpenClocksPerClientTargetAndState() {
		normalUrgentAndHighAtMondayTenThenHalfPastEleven();

		gauges.refresh();

		for (String state : List.of("running", "at-risk", "breached")) {
			long open = items(get("/api/sla/clocks?client=northwind&target=first-response&size=500&state=" + state))
				.stream()
				.filter(clock -> List.of("RUNNING", "PAUSED").contains(clock.get("rawState").asText()))
				.count();
			JsonNode metric = get("/actuator/metrics/" + ClockGauges.NAME
					+ "?tag=client:northwind&tag=target:first-response&tag=state:" + state);
			assertThat(metric.get("measurements").get(0).get("value").asDouble()).as(state).isEqualTo(open);
		}
		JsonNode metric = get("/actuator/metrics/" + ClockGauges.NAME);
		assertThat(StreamSupport.stream(metric.get("availableTags").spliterator(), false)
			.filter(tag -> tag.get("tag").asText().equals("state"))
			.flatMap(tag -> StreamSupport.stream(tag.get("values").spliterator(), false))
			.map(JsonNode::asText)).containsExactlyInAnyOrder("running", "at-risk", "breached");
	}

	/**
	 * First responses of normal, urgent and high priority created Monday 10:00 in Berlin,
	 * seen at 11:30.
	 */
	private Work normalUrgentAndHighAtMondayTenThenHalfPastEleven() {
		Work work = new Work(firstResponseCreatedAt(MONDAY_10_BERLIN, "normal").getId(),
				firstResponseCreatedAt(MONDAY_10_BERLIN, "urgent").getId(),
				firstResponseCreatedAt(MONDAY_10_BERLIN, "high").getId());
		at("2026-11-23T10:30:00Z");
		runDueDeadlineJobs(managementService);
		return work;
	}

	private record Work(String normal, String urgent, String high) {

		List<String> taskIds() {
			return List.of(normal, urgent, high);
		}

	}

	private Task firstResponseCreatedAt(Instant at, String priority) {
		at(at.toString());
		return MemberRequests.waitingForFirstResponse(runtimeService, taskService, priority);
	}

	private String clockIdOf(String taskId) {
		JsonNode clocks = get("/api/sla/tasks/" + taskId);
		assertThat(clocks).hasSize(1);
		return clocks.get(0).get("id").asText();
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = admin(http).getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private void assertBadRequest(String path, String field, String detail) {
		ResponseEntity<JsonNode> response = admin(http).getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("field").asText()).isEqualTo(field);
		assertThat(response.getBody().get("detail").asText()).isEqualTo(detail);
	}

	private static List<JsonNode> items(JsonNode page) {
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(items::add);
		return items;
	}

	/** The clocks of the work's tasks, in the order of the answer. */
	private static List<JsonNode> ours(List<JsonNode> clocks, Work work) {
		return clocks.stream().filter(clock -> work.taskIds().contains(clock.get("taskId").asText())).toList();
	}

	private static List<String> ids(List<JsonNode> clocks) {
		return clocks.stream().map(clock -> clock.get("id").asText()).toList();
	}

	private static List<String> taskIds(List<JsonNode> clocks) {
		return clocks.stream().map(clock -> clock.get("taskId").asText()).toList();
	}

	private static List<Instant> dueTimesOfOpenClocks(List<JsonNode> clocks) {
		return clocks.stream()
			.filter(clock -> !clock.get("timeLeft").isNull())
			.map(clock -> Instant.parse(clock.get("dueAt").asText()))
			.toList();
	}

	private static List<String> heldBy(JsonNode clock) {
		return StreamSupport.stream(clock.get("heldBy").spliterator(), false)
			.map(held -> held.get("holder").asText() + " " + held.get("time").asText())
			.toList();
	}

}
