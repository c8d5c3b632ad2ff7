package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.notification.WebhookReceiver.Received;
import org.communityops.security.Logins;
import org.communityops.sla.engine.EngineTime;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.communityops.sla.clock.SlaWarningRaised;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hooli flagged post warns twice and breaches (triage: 3 minutes, warnings at 50% and
 * 75%), and the webhooks hear of it over real HTTP: signed per Standard Webhooks, once
 * each, in order, also after the receiver was down for a while; the Slack webhook gets
 * messages.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:notifications;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false",
				"communityops.notifications.sweep=200ms", "communityops.notifications.first-retry=200ms",
				"communityops.notifications.max-retry=1s", "communityops.notifications.timeout=15s" })
class WebhookNotificationsTest {

	static final String SECRET = "whsec_"
			+ Base64.getEncoder().encodeToString("hooli-ops-webhook-secret-32-bytes".getBytes());

	static final WebhookReceiver receiver = new WebhookReceiver();

	@DynamicPropertySource
	static void webhooks(DynamicPropertyRegistry properties) {
		String webhook = "communityops.notifications.webhooks";
		properties.add(webhook + "[0].name", () -> "hooli-ops");
		properties.add(webhook + "[0].url", () -> receiver.url("/ops"));
		properties.add(webhook + "[0].secret", () -> SECRET);
		properties.add(webhook + "[0].clients", () -> "hooli");
		properties.add(webhook + "[1].name", () -> "slack");
		properties.add(webhook + "[1].url", () -> receiver.url("/slack"));
		properties.add(webhook + "[1].format", () -> "slack");
		properties.add(webhook + "[1].events", () -> "sla.breached,escalation.started");
		properties.add(webhook + "[2].name", () -> "gone");
		properties.add(webhook + "[2].url", () -> receiver.url("/gone"));
		properties.add(webhook + "[2].secret", () -> SECRET);
	}

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TestRestTemplate http;

	final ObjectMapper json = new ObjectMapper();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clearReceiver() {
		receiver.clear();
		receiver.answer("/gone", 410);
	}

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void aWarningAndABreachDeliverOneSignedWebhookPerEventInOrder() throws Exception {
		Item item = flaggedPostWarnedTwiceAndBreached("2031-05-06T10:00:00Z");
		String task = item.task();

		await().atMost(Duration.ofSeconds(20)).until(() -> item.of(receiver.accepted("/ops")).size() >= 4);
		List<Received> delivered = item.of(receiver.accepted("/ops"));
		assertThat(delivered).hasSize(4);
		assertThat(delivered).extracting(Received::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("msg_"));
		for (Received request : delivered) {
			assertThat(request.signature()).as("signed as Standard Webhooks verifies it")
				.isEqualTo(expectedSignature(request));
		}
		List<JsonNode> bodies = bodies(delivered);
		assertThat(bodies).extracting(body -> body.get("type").asText())
			.containsExactly("sla.warning", "sla.warning", "sla.breached", "escalation.started");
		assertThat(bodies).extracting(body -> body.get("timestamp").asText())
			.containsExactly("2031-05-06T10:01:30Z", "2031-05-06T10:02:15Z", "2031-05-06T10:03:00Z",
					"2031-05-06T10:03:00Z");
		JsonNode warning = bodies.get(0).get("data");
		assertThat(warning.get("client").asText()).isEqualTo("hooli");
		assertThat(warning.get("target").asText()).isEqualTo("triage");
		assertThat(warning.get("threshold").asText()).isEqualTo("50%");
		assertThat(warning.get("priority").asText()).isEqualTo("normal");
		assertThat(warning.get("dueAt").asText()).isEqualTo("2031-05-06T10:03:00Z");
		assertThat(warning.get("timeLeft").asText()).isEqualTo("PT1M30S");
		assertThat(warning.get("subject").asText()).isEqualTo("Raid in the live chat");
		assertThat(warning.get("taskId").asText()).isEqualTo(task);
		assertThat(warning.at("/links/task").asText()).endsWith("/camunda/app/tasklist/default/#/?task=" + task);
		assertThat(warning.at("/links/client").asText()).endsWith("/clients/hooli");
		assertThat(bodies.get(3).at("/data/escalationInstanceId").asText()).isNotBlank();

		await().atMost(Duration.ofSeconds(10)).until(() -> slack(item).size() >= 2);
		assertThat(slack(item)).hasSize(2)
			.extracting(request -> json.readTree(request.body()).get("text").asText())
			.satisfiesExactly(
					breach -> assertThat(breach).startsWith(":red_circle: *Breached* · hooli · triage")
						.contains("Raid in the live chat", "(America/Los_Angeles)", "|Open in Tasklist>"),
					escalation -> assertThat(escalation).startsWith(":rotating_light: *Escalation started*"));
		assertThat(receiver.received("/slack")).allMatch(request -> request.signature() == null);
	}

	@Test
	void anEscalationNobodyAcknowledgesInTimeNotifiesThatItWentUpToTheLeads() throws Exception {
		Item item = flaggedPostWarnedTwiceAndBreached("2031-05-11T10:00:00Z");
		await().atMost(Duration.ofSeconds(20)).until(() -> item.of(receiver.accepted("/ops")).size() >= 4);
		String escalation = bodies(item.of(receiver.accepted("/ops"))).get(3).at("/data/escalationInstanceId").asText();

		EngineTime.at("2031-05-11T12:00:00Z");
		managementService.executeJob(
				managementService.createJobQuery().processInstanceId(escalation).timers().singleResult().getId());
		String leadTask = taskService.createTaskQuery().processInstanceId(escalation).singleResult().getId();

		await().atMost(Duration.ofSeconds(20)).until(() -> item.of(receiver.accepted("/ops")).size() >= 5);
		List<JsonNode> bodies = bodies(item.of(receiver.accepted("/ops")));
		assertThat(bodies).hasSize(5);
		JsonNode unacknowledged = bodies.get(4);
		assertThat(unacknowledged.get("type").asText()).isEqualTo("escalation.unacknowledged");
		assertThat(unacknowledged.get("timestamp").asText()).isEqualTo("2031-05-11T12:00:00Z");
		JsonNode data = unacknowledged.get("data");
		assertThat(data.get("client").asText()).isEqualTo("hooli");
		assertThat(data.get("target").asText()).isEqualTo("triage");
		assertThat(data.get("item").asText()).isEqualTo(bodies.get(0).at("/data/item").asText());
		assertThat(data.get("escalationInstanceId").asText()).isEqualTo(escalation);
		assertThat(data.get("taskId").asText()).isEqualTo(leadTask);
		assertThat(data.get("subject").asText()).isEqualTo("Raid in the live chat");
		assertThat(data.at("/links/task").asText()).endsWith("/camunda/app/tasklist/default/#/?task=" + leadTask);
		assertThat(slack(item)).as("the Slack webhook wants only breaches and escalations started").hasSize(2);
	}

	@Test
	void anItemDoneInTimeAfterItsWarningsSendsTheAllClear() throws Exception {
		Item item = flaggedPost(runtimeService, taskService, managementService, "2031-05-12T10:00:00Z",
				Duration.ofSeconds(90), Duration.ofSeconds(135));
		EngineTime.at("2031-05-12T10:02:40Z");
		taskService.complete(item.task(), Map.of("priority", "normal", "category", "account", "triageOutcome",
				"no-action", "triageNote", "spam removed"));

		await().atMost(Duration.ofSeconds(20)).until(() -> item.of(receiver.accepted("/ops")).size() >= 3);
		List<JsonNode> bodies = bodies(item.of(receiver.accepted("/ops")));
		assertThat(bodies).extracting(body -> body.get("type").asText())
			.containsExactly("sla.warning", "sla.warning", "sla.met-after-warning");
		JsonNode met = bodies.get(2);
		assertThat(met.get("timestamp").asText()).isEqualTo("2031-05-12T10:02:40Z");
		assertThat(met.at("/data/dueAt").asText()).isEqualTo("2031-05-12T10:03:00Z");
		assertThat(met.at("/data/timeLeft").asText()).as("time to spare").isEqualTo("PT20S");
		assertThat(met.at("/data/item").asText()).isEqualTo(bodies.get(0).at("/data/item").asText());
	}

	@Test
	void aReceiverDownForAWhileGetsEveryEventInOrderOnceItIsBack() throws Exception {
		receiver.answer("/ops", 503);
		Item item = flaggedPostWarnedTwiceAndBreached("2031-05-07T10:00:00Z");
		await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/ops").size() >= 3);
		assertThat(receiver.received("/ops")).as("the first notification waiting, tried again and again; none after it")
			.extracting(Received::id)
			.containsOnly(receiver.received("/ops").get(0).id());
		String waiting = receiver.received("/ops").get(0).id();

		receiver.answer("/ops", 200);
		await().atMost(Duration.ofSeconds(20)).until(() -> item.of(receiver.accepted("/ops")).size() >= 4);
		List<Received> delivered = item.of(receiver.accepted("/ops"));
		assertThat(bodies(delivered))
			.extracting(body -> body.get("type").asText() + " " + body.at("/data/threshold").asText())
			.containsExactly("sla.warning 50%", "sla.warning 75%", "sla.breached null", "escalation.started null");
		assertThat(delivered.get(0).id()).as("the webhook-id of the first attempt, for receivers to de-duplicate by")
			.isEqualTo(item.of(receiver.received("/ops")).get(0).id());
		assertThat(item.of(receiver.received("/ops"))).as("each notification accepted once, none sent after that")
			.filteredOn(request -> request.status() == 200)
			.extracting(Received::id)
			.doesNotHaveDuplicates();
		JsonNode log = json.readTree(Logins.admin(http)
			.getForObject("/api/notifications/deliveries?webhook=hooli-ops&state=delivered&limit=500", String.class));
		JsonNode first = null;
		for (JsonNode delivery : log) {
			if (delivery.get("id").asText().equals(waiting)) {
				first = delivery;
			}
		}
		assertThat(first).as("the notification that waited, in the delivery log").isNotNull();
		assertThat(first.get("attempts").asInt()).as("tried while the receiver was down").isGreaterThan(1);
		assertThat(first.get("lastStatus").asInt()).isEqualTo(200);
		assertThat(receiver.accepted("/ops")).extracting(Received::id)
			.as("the one that waited, accepted once")
			.containsOnlyOnce(waiting);
	}

	@Test
	void aWarningWhoseTransactionRollsBackNotifiesNobody() {
		SlaWarningRaised warning = new SlaWarningRaised("clock-rolled-back", "hooli", "triage", null, "50%",
				Instant.parse("2031-05-09T10:00:00Z"), Instant.parse("2031-05-09T10:03:00Z"), null, null, "normal");
		transactions.executeWithoutResult(status -> {
			events.publishEvent(warning);
			status.setRollbackOnly();
		});
		assertThat(outboxRowsOf("clock-rolled-back")).isZero();

		SlaWarningRaised committed = new SlaWarningRaised("clock-committed", "hooli", "triage", null, "50%",
				Instant.parse("2031-05-09T10:00:00Z"), Instant.parse("2031-05-09T10:03:00Z"), null, null, "normal");
		transactions.executeWithoutResult(status -> events.publishEvent(committed));
		assertThat(outboxRowsOf("clock-committed")).as("one per webhook that wants it: hooli-ops and gone")
			.isEqualTo(2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> receiver.accepted("/ops")
				.stream()
				.anyMatch(request -> request.body().contains("clock-committed")));
	}

	@Test
	void aWebhookAnsweringGoneAgainAndAgainIsDisabledUntilAnAdministratorEnablesIt() throws Exception {
		Logins.admin(http).postForEntity("/api/notifications/webhooks/gone/enable", null, String.class);
		flaggedPostWarnedTwiceAndBreached("2031-05-10T10:00:00Z");

		await().atMost(Duration.ofSeconds(20)).until(() -> gone().get("disabled").asBoolean());
		int tried = receiver.received("/gone").size();
		assertThat(tried).as("three 410 answers in a row").isGreaterThanOrEqualTo(3);
		JsonNode log = json.readTree(
				Logins.admin(http).getForObject("/api/notifications/deliveries?webhook=gone&state=gone", String.class));
		assertThat(log).isNotEmpty().allMatch(delivery -> delivery.get("lastStatus").asInt() == 410);

		ResponseEntity<String> enabled = Logins.admin(http)
			.postForEntity("/api/notifications/webhooks/gone/enable", null, String.class);
		assertThat(enabled.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(enabled.getBody()).get("disabled").asBoolean()).isFalse();
		ResponseEntity<String> unknown = Logins.admin(http)
			.postForEntity("/api/notifications/webhooks/nowhere/enable", null, String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private JsonNode gone() throws Exception {
		for (JsonNode webhook : json
			.readTree(Logins.admin(http).getForObject("/api/notifications/webhooks", String.class))) {
			if (webhook.get("name").asText().equals("gone")) {
				return webhook;
			}
		}
		throw new AssertionError("No webhook 'gone'");
	}

	private int outboxRowsOf(String clock) {
		return jdbc.queryForObject("select count(*) from notification_outbox where item = ?", Integer.class, clock);
	}

	@Test
	void theDeliveryLogIsForAdministrators() {
		ResponseEntity<String> amelia = Logins.as(http, "amelia")
			.getForEntity("/api/notifications/deliveries", String.class);
		assertThat(amelia.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> bad = Logins.admin(http)
			.getForEntity("/api/notifications/deliveries?state=lost", String.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody()).contains("Unknown state 'lost'");
		ResponseEntity<String> webhooks = Logins.admin(http).getForEntity("/api/notifications/webhooks", String.class);
		assertThat(webhooks.getBody()).contains("\"name\":\"hooli-ops\"", "\"format\":\"slack\"")
			.doesNotContain(SECRET);
	}

	/**
	 * Starts a normal flagged post of hooli at {@code start} and runs its triage clock's
	 * deadlines at 1:30, 2:15 and 3:00 minutes (and those of earlier tests' items due by
	 * then).
	 */
	private Item flaggedPostWarnedTwiceAndBreached(String start) {
		return flaggedPostWarnedTwiceAndBreached(runtimeService, taskService, managementService, start);
	}

	static Item flaggedPostWarnedTwiceAndBreached(RuntimeService runtimeService, TaskService taskService,
			ManagementService managementService, String start) {
		return flaggedPost(runtimeService, taskService, managementService, start, Duration.ofSeconds(90),
				Duration.ofSeconds(135), Duration.ofMinutes(3));
	}

	/**
	 * A hooli flagged post (triage within 3 minutes, warnings at 50% and 75%) started at
	 * the instant, its due deadline jobs run at each of the moments after the start.
	 */
	static Item flaggedPost(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
			String start, Duration... deadlinesAfter) {
		HooliFlaggedPosts.Item started = new HooliFlaggedPosts(runtimeService, taskService, managementService)
			.start("Raid in the live chat", null, start, deadlinesAfter);
		return new Item(started.instance(), started.task());
	}

	/** A flagged post's process instance and triage task. */
	record Item(String instance, String task) {

		/** The requests that notified of this item, of all a path accepted. */
		List<Received> of(List<Received> requests) {
			return requests.stream().filter(request -> request.body().contains("\"" + instance + "\"")).toList();
		}

	}

	/** The Slack messages about the item: those linking to its task. */
	private static List<Received> slack(Item item) {
		return receiver.accepted("/slack").stream().filter(request -> request.body().contains(item.task())).toList();
	}

	private List<JsonNode> bodies(List<Received> requests) throws Exception {
		List<JsonNode> bodies = new java.util.ArrayList<>();
		for (Received request : requests) {
			bodies.add(json.readTree(request.body()));
		}
		return bodies;
	}

	/** Standard Webhooks' scheme, computed here rather than by the code under test. */
	static String expectedSignature(Received request) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
		String signed = request.id() + "." + request.timestamp() + "." + request.body();
		return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

}
