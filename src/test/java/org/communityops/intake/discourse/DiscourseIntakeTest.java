package org.communityops.intake.discourse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * From a signed Discourse delivery to the agency's work and back: a flag or a post held
 * for approval becomes a timed triage, the moderator's decision is performed on the forum
 * (WireMock stands in for Discourse's API, over HTTP) and must fit the kind of item, a
 * flag decided on the forum first ends its triage, and a member's question is timed until
 * a staff reply arrives.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:discourse-intake;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false",
				"communityops.discourse.clients.northwind.webhook-secret=" + DiscourseIntakeTest.SECRET,
				"communityops.discourse.clients.northwind.api-key=test-key",
				"communityops.discourse.clients.northwind.api-username=system",
				"communityops.discourse.clients.northwind.support-categories=6",
				"communityops.discourse.clients.ghost.base-url=https://forum.ghost.example",
				"communityops.discourse.clients.ghost.webhook-secret=" + DiscourseIntakeTest.SECRET,
				"communityops.intake.first-retry=0s", "communityops.intake.max-attempts=3" })
class DiscourseIntakeTest {

	static final String SECRET = "northwind-intake-secret-0123456789";

	static final WireMockServer discourse = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	InboxProcessor processor;

	ForumDeliveries forum;

	@DynamicPropertySource
	static void forumAddress(DynamicPropertyRegistry registry) {
		discourse.start();
		registry.add("communityops.discourse.clients.northwind.base-url", discourse::baseUrl);
	}

	@AfterAll
	static void stopForum() {
		discourse.stop();
	}

	@BeforeEach
	void clean() {
		forum = new ForumDeliveries(port, SECRET, discourse.baseUrl());
		discourse.resetAll();
		runtime.createProcessInstanceQuery()
			.processInstanceBusinessKeyLike("discourse-%")
			.list()
			.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test clean-up"));
		jdbc.update("delete from intake_inbox");
		jdbc.update("delete from intake_items");
	}

	@Test
	void startsATimedTriageFromAFlagWithItsPriorityLinkAndExcerpt() {
		deliver("reviewable_created", "201", 202);

		Task triage = awaitTask("discourse-reviewable-1401", "Task_Triage");
		Map<String, Object> variables = runtime.getVariables(triage.getProcessInstanceId());
		assertThat(variables).containsEntry("client", "northwind")
			.containsEntry("requestKind", "flagged-post")
			.containsEntry("priority", "high")
			.containsEntry("link", "https://forum.northwind.example/t/spring-release-feedback/512/7")
			.containsEntry("details", "Whoever wrote this release should be fired, you are all clowns.")
			.containsEntry("subject", "Inappropriate: Spring release feedback")
			.containsEntry("platformItemId", 1401L);
		assertThat(clock(triage.getId())).containsEntry("STATE", "RUNNING").containsEntry("PRIORITY", "high");
	}

	@Test
	void startsNothingNewWhenDiscourseRetriesTheFlagUnderANewEventId() {
		deliver("reviewable_created", "202", 202);
		awaitTask("discourse-reviewable-1401", "Task_Triage");

		deliver("reviewable_created", "203", 202);
		awaitOutcome("203");

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("discourse-reviewable-1401").count())
			.isOne();
		assertThat(outcome("203")).contains("already");
	}

	@Test
	void performsTheModeratorsDecisionOnTheForumAndMeetsTheTriageClock() {
		discourse.stubFor(put(urlPathMatching("/review/1401/perform/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reviewable_perform_result\":{\"success\":true,\"version\":1}}")));
		deliver("reviewable_created", "204", 202);
		Task triage = awaitTask("discourse-reviewable-1401", "Task_Triage");

		triage(triage, "agree_and_hide");
		management.executeJob(decisionJob(triage.getProcessInstanceId()).getId());

		discourse.verify(1,
				putRequestedFor(urlEqualTo("/review/1401/perform/agree_and_hide?version=0"))
					.withHeader("Api-Key", equalTo("test-key"))
					.withHeader("Api-Username", equalTo("system")));
		assertThat(history.createHistoricProcessInstanceQuery()
			.processInstanceId(triage.getProcessInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_ClosedNoAction");
		assertThat(clock(triage.getId())).containsEntry("STATE", "MET");
	}

	@Test
	void rereadsTheReviewableWhenItsVersionMovedAndPerformsOnTheNewOne() {
		discourse.stubFor(
				put(urlEqualTo("/review/1401/perform/disagree?version=0")).willReturn(aResponse().withStatus(409)));
		discourse.stubFor(get(urlEqualTo("/review/1401.json")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reviewable\":{\"id\":1401,\"status\":0,\"version\":3}}")));
		discourse.stubFor(put(urlEqualTo("/review/1401/perform/disagree?version=3"))
			.willReturn(aResponse().withStatus(200).withBody("{}")));
		deliver("reviewable_created", "205", 202);
		Task triage = awaitTask("discourse-reviewable-1401", "Task_Triage");

		triage(triage, "disagree");
		management.executeJob(decisionJob(triage.getProcessInstanceId()).getId());

		discourse.verify(1, putRequestedFor(urlEqualTo("/review/1401/perform/disagree?version=3")));
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(triage.getProcessInstanceId())
			.variableName("platformDecisionOutcome")
			.singleResult()
			.getValue()).isEqualTo("disagree performed on reviewable 1401");
	}

	@Test
	void raisesAnIncidentWhenTheForumKeepsRefusingTheDecision() {
		discourse.stubFor(put(urlPathMatching("/review/1401/perform/.*")).willReturn(aResponse().withStatus(503)));
		deliver("reviewable_created", "206", 202);
		Task triage = awaitTask("discourse-reviewable-1401", "Task_Triage");
		triage(triage, "ignore");

		for (int attempt = 0; attempt < 10 && decisionJob(triage.getProcessInstanceId()).getRetries() > 0; attempt++) {
			try {
				management.executeJob(decisionJob(triage.getProcessInstanceId()).getId());
			}
			catch (RuntimeException refused) {
				assertThat(refused).hasMessageContaining("503");
			}
		}

		assertThat(runtime.createIncidentQuery().processInstanceId(triage.getProcessInstanceId()).list())
			.singleElement()
			.satisfies(incident -> assertThat(incident.getIncidentMessage()).contains("Discourse refused ignore"));
		assertThat(discourse.findAll(putRequestedFor(urlPathMatching("/review/1401/perform/ignore"))))
			.hasSizeGreaterThan(1);
	}

	@Test
	void startsATimedTriageFromAPostHeldForApprovalWithItsText() {
		deliverQueuedPost("215");

		Task triage = awaitTask("discourse-reviewable-1403", "Task_Triage");
		assertThat(runtime.getVariables(triage.getProcessInstanceId())).containsEntry("requestKind", "queued-post")
			.containsEntry("priority", "normal")
			.containsEntry("subject", "Post awaiting approval: Spring release feedback")
			.containsEntry("link", discourse.baseUrl() + "/t/spring-release-feedback/512")
			.containsEntry("details",
					"The new export button is great, but it times out on large shops. Is a fix planned?")
			.containsEntry("platformItemType", "ReviewableQueuedPost")
			.containsEntry("platformItemId", 1403L);
		assertThat(clock(triage.getId())).containsEntry("STATE", "RUNNING");
	}

	@Test
	void namesAQueuedNewTopicByItsTitleAndLinksToItsReview() {
		String body = ForumDeliveries.recorded("reviewable_created_queued_post")
			.replace("\"topic_id\":512,\"topic_url\":\"/t/spring-release-feedback/512\","
					+ "\"target_url\":\"/t/spring-release-feedback/512\",", "")
			.replaceAll("\"topic\":\\{[^}]*\\},", "")
			.replace("\"reply_to_post_number\":7,", "")
			.replace("\"payload\":{", "\"payload\":{\"title\":\"Export times out on large shops\",");
		assertThat(forum.deliver("northwind", body, forum.signed(body, "221", "reviewable_created")).statusCode())
			.isEqualTo(202);

		Task triage = awaitTask("discourse-reviewable-1403", "Task_Triage");
		assertThat(runtime.getVariables(triage.getProcessInstanceId()))
			.containsEntry("subject", "Post awaiting approval: Export times out on large shops")
			.containsEntry("link", discourse.baseUrl() + "/review/1403");
	}

	@Test
	void approvesAQueuedPostOnTheForumAndMeetsTheTriageClock() {
		performsOnAQueuedPost("approve_post", "216");
	}

	@Test
	void rejectsAQueuedPostOnTheForumAndMeetsTheTriageClock() {
		performsOnAQueuedPost("reject_post", "217");
	}

	@Test
	void sendsNoRejectionForAQueuedPostThatTheForumApprovedMeanwhile() {
		discourse.stubFor(
				put(urlEqualTo("/review/1403/perform/reject_post?version=0")).willReturn(aResponse().withStatus(409)));
		discourse.stubFor(get(urlEqualTo("/review/1403.json")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"reviewable\":{\"id\":1403,\"type\":\"ReviewableQueuedPost\",\"status\":1,\"version\":1}}")));
		deliverQueuedPost("220");
		Task triage = awaitTask("discourse-reviewable-1403", "Task_Triage");

		triage(triage, "reject_post");
		management.executeJob(decisionJob(triage.getProcessInstanceId()).getId());

		discourse.verify(1, putRequestedFor(urlPathMatching("/review/1403/perform/.*")));
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(triage.getProcessInstanceId())
			.variableName("platformDecisionOutcome")
			.singleResult()
			.getValue()).isEqualTo("not sent: reviewable 1403 was decided on Discourse meanwhile");
	}

	@Test
	void refusesAFlagsDecisionOnAQueuedPostAndLeavesTheTriageOpen() {
		deliverQueuedPost("218");
		Task triage = awaitTask("discourse-reviewable-1403", "Task_Triage");

		assertThatThrownBy(() -> triage(triage, "agree_and_hide")).hasCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("'agree_and_hide' is not a decision on a discourse ReviewableQueuedPost")
			.hasMessageContaining("expected one of approve_post, reject_post");
		Api.Answer form = new Api(port).call("mo", "POST", "/engine-rest/task/" + triage.getId() + "/submit-form",
				"{\"variables\": {\"platformAction\": {\"value\": \"disagree\"}, \"priority\": {\"value\": \"normal\"},"
						+ " \"category\": {\"value\": \"other\"}, \"triageOutcome\": {\"value\": \"respond\"}}}");

		assertThat(form.status()).as(form.body()).isEqualTo(400);
		assertThat(form.body()).contains("'disagree' is not a decision on a discourse ReviewableQueuedPost");
		assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).isOne();
		assertThat(runtime.getVariable(triage.getProcessInstanceId(), "platformAction")).isNull();
		assertThat(decisionJob(triage.getProcessInstanceId())).isNull();
		assertThat(clock(triage.getId())).containsEntry("STATE", "RUNNING");
		assertThat(discourse.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAQueuedPostsDecisionOnAFlag() {
		deliver("reviewable_created", "219", 202);
		Task triage = awaitTask("discourse-reviewable-1401", "Task_Triage");

		assertThatThrownBy(() -> triage(triage, "approve_post")).hasCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("expected one of agree_and_hide, agree_and_keep, disagree, ignore");
		assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).isOne();
		assertThat(clock(triage.getId())).containsEntry("STATE", "RUNNING");
	}

	@Test
	void endsTheTriageOfAFlagDecidedOnTheForumFirst() {
		deliver("reviewable_created", "207", 202, forum -> forum.replace("1401", "1402"));
		Task triage = awaitTask("discourse-reviewable-1402", "Task_Triage");

		deliver("reviewable_transitioned_to", "208", 202);
		awaitOutcome("208");

		assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery()
			.processInstanceId(triage.getProcessInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_HandledOnPlatform");
		assertThat(clock(triage.getId())).containsEntry("STATE", "CANCELLED");
	}

	@Test
	void startsNothingStaleForAFlagTheForumDecidedBeforeItBecameWork() {
		deliver("reviewable_transitioned_to", "213", 202);
		awaitOutcome("213");
		deliver("reviewable_created", "214", 202, flag -> flag.replace("1401", "1402"));
		awaitOutcome("214");

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("discourse-reviewable-1402").count())
			.isZero();
		assertThat(outcome("213")).contains("before it became work");
		assertThat(outcome("214")).contains("decided on Discourse first");
	}

	@Test
	void timesAMembersQuestionUntilTheFirstStaffReply() {
		deliver("topic_created", "209", 202);
		Task response = awaitTask("discourse-topic-640", "Task_FirstResponse");
		assertThat(runtime.getVariables(response.getProcessInstanceId())).containsEntry("memberName", "marta_k")
			.containsEntry("subject", "How do I export my order history?");

		deliver("post_created", "210", 202);
		awaitOutcome("210");

		assertThat(clock(response.getId())).containsEntry("STATE", "MET");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("discourse-topic-640").singleResult())
			.satisfies(next -> assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_ResolveRequest"));
		assertThat(runtime.getVariable(response.getProcessInstanceId(), "respondedBy")).isEqualTo("sam_moderator");
	}

	@Test
	void leavesATopicOutsideTheSupportCategoriesAlone() {
		deliver("topic_created", "211", 202, topic -> topic.replace("\"category_id\":6", "\"category_id\":9"));
		awaitOutcome("211");

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("discourse-topic-640").count())
			.isZero();
		assertThat(outcome("211")).contains("not in a support category");
	}

	@Test
	void keepsAnEventThatCannotBeActedOnAndGivesUpAfterTheLastAttempt() {
		String flag = ForumDeliveries.recorded("reviewable_created");
		Map<String, String> headers = new ForumDeliveries(port, SECRET, "https://forum.ghost.example").signed(flag,
				"212", "reviewable_created");
		assertThat(forum.deliver("ghost", flag, headers).statusCode()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			processor.processDue();
			assertThat(state("212")).isEqualTo("failed");
		});

		assertThat(jdbc.queryForObject("select attempts from intake_inbox where event_id = '212'", Integer.class))
			.isEqualTo(3);
		assertThat(outcome("212")).contains("ghost");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("discourse-reviewable-1401").count())
			.isZero();
	}

	private void performsOnAQueuedPost(String action, String eventId) {
		discourse.stubFor(put(urlEqualTo("/review/1403/perform/" + action + "?version=0"))
			.withHeader("Api-Key", equalTo("test-key"))
			.withHeader("Api-Username", equalTo("system"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"reviewable_perform_result\":{\"success\":true,\"version\":1}}")));
		deliverQueuedPost(eventId);
		Task triage = awaitTask("discourse-reviewable-1403", "Task_Triage");

		triage(triage, action);
		management.executeJob(decisionJob(triage.getProcessInstanceId()).getId());

		discourse.verify(1,
				putRequestedFor(urlEqualTo("/review/1403/perform/" + action + "?version=0"))
					.withHeader("Api-Key", equalTo("test-key"))
					.withHeader("Api-Username", equalTo("system")));
		assertThat(discourse.getAllServeEvents()).hasSize(1);
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(triage.getProcessInstanceId())
			.variableName("platformDecisionOutcome")
			.singleResult()
			.getValue()).isEqualTo(action + " performed on reviewable 1403");
		assertThat(clock(triage.getId())).containsEntry("STATE", "MET");
	}

	private void deliver(String event, String eventId, int status) {
		deliver(event, eventId, status, body -> body);
	}

	private void deliver(String event, String eventId, int status, java.util.function.UnaryOperator<String> change) {
		String body = change.apply(ForumDeliveries.recorded(event));
		assertThat(forum.deliver("northwind", body, forum.signed(body, eventId, event)).statusCode()).isEqualTo(status);
	}

	/**
	 * Delivers {@code reviewable_created_queued_post.json} as Discourse's
	 * reviewable_created.
	 */
	private void deliverQueuedPost(String eventId) {
		String body = ForumDeliveries.recorded("reviewable_created_queued_post");
		assertThat(forum.deliver("northwind", body, forum.signed(body, eventId, "reviewable_created")).statusCode())
			.isEqualTo(202);
	}

	private void triage(Task triage, String action) {
		tasks.complete(triage.getId(),
				Map.of("platformAction", action, "priority", "high", "category", "guideline-violation", "triageOutcome",
						"no-action", "noActionReason", "already-handled", "triageNote", "Decided on the forum's flag"));
	}

	private Task awaitTask(String businessKey, String taskKey) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> tasks.createTaskQuery()
				.processInstanceBusinessKey(businessKey)
				.taskDefinitionKey(taskKey)
				.singleResult(), task -> task != null);
	}

	private void awaitOutcome(String eventId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> "done".equals(state(eventId)));
	}

	private Job decisionJob(String processInstanceId) {
		return management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId("Task_PerformDecisionOnPlatform")
			.singleResult();
	}

	private String state(String eventId) {
		List<String> states = jdbc.queryForList("select state from intake_inbox where event_id = ?", String.class,
				eventId);
		return states.isEmpty() ? null : states.get(0);
	}

	private String outcome(String eventId) {
		return jdbc.queryForObject("select outcome from intake_inbox where event_id = ?", String.class, eventId);
	}

	private Map<String, Object> clock(String taskId) {
		return jdbc.queryForMap("select state, priority from sla_clock where task_id = ? and target_id in"
				+ " ('triage', 'first-response')", taskId);
	}

}
