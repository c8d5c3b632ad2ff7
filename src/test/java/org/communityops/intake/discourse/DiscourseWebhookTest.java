package org.communityops.intake.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real HTTP deliveries to {@code /webhooks/discourse/northwind}, signed as Discourse
 * signs them: only a signed delivery from the client's own forum reaches the inbox, once.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:discourse-webhook;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false",
				"communityops.discourse.clients.northwind.base-url=https://forum.northwind.example",
				"communityops.discourse.clients.northwind.webhook-secret=" + DiscourseWebhookTest.SECRET,
				"communityops.discourse.clients.northwind.api-key=test-key",
				"communityops.discourse.clients.northwind.api-username=system" })
class DiscourseWebhookTest {

	static final String SECRET = "northwind-webhook-secret-0123456789";

	private static final String INSTANCE = "https://forum.northwind.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String flag;

	@BeforeEach
	void readRecordedFlag() {
		flag = ForumDeliveries.recorded("reviewable_created");
		jdbc.update("delete from intake_inbox");
	}

	@Test
	void acceptsASignedFlagFromTheClientsForumIntoTheInbox() {
		HttpResponse<String> answer = deliver("northwind", flag, signed(flag, "101"));

		assertThat(answer.statusCode()).isEqualTo(202);
		assertThat(jdbc.queryForList("select client, event_id, event_type, event_name, body from intake_inbox"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row).containsEntry("CLIENT", "northwind")
					.containsEntry("EVENT_ID", "101")
					.containsEntry("EVENT_TYPE", "reviewable")
					.containsEntry("EVENT_NAME", "reviewable_created");
				assertThat(row.get("BODY")).isEqualTo(flag);
			});
	}

	@Test
	void answersARedeliveryWithOkAndStoresNothingNew() {
		assertThat(deliver("northwind", flag, signed(flag, "102")).statusCode()).isEqualTo(202);

		assertThat(deliver("northwind", flag, signed(flag, "102")).statusCode()).isEqualTo(200);
		assertThat(inboxSize()).isEqualTo(1);
	}

	@Test
	void refusesAWrongSignatureWithUnauthorizedAndStoresNothing() {
		Map<String, String> headers = signed(flag, "103");
		headers.put("X-Discourse-Event-Signature",
				WebhookSignature.header("another-secret", ForumDeliveries.bytes(flag)));

		HttpResponse<String> answer = deliver("northwind", flag, headers);

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(inboxSize()).isZero();
	}

	@Test
	void refusesABodyChangedAfterSigning() {
		Map<String, String> headers = signed(flag, "104");

		HttpResponse<String> answer = deliver("northwind", flag.replace("1401", "1402"), headers);

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(inboxSize()).isZero();
	}

	@Test
	void refusesAMissingSignatureWithUnauthorized() {
		Map<String, String> headers = signed(flag, "105");
		headers.remove("X-Discourse-Event-Signature");

		assertThat(deliver("northwind", flag, headers).statusCode()).isEqualTo(401);
		assertThat(inboxSize()).isZero();
	}

	@Test
	void refusesADeliveryFromAnotherForumEvenWhenSigned() {
		Map<String, String> headers = signed(flag, "106");
		headers.put("X-Discourse-Instance", "https://forum.globex.example");

		HttpResponse<String> answer = deliver("northwind", flag, headers);

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("X-Discourse-Instance");
		assertThat(inboxSize()).isZero();
	}

	@Test
	void answersNotFoundForAClientWithoutAForum() {
		HttpResponse<String> answer = deliver("globex", flag, signed(flag, "107"));

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(inboxSize()).isZero();
	}

	@Test
	void acknowledgesAnEventItDoesNotActOnAndKeepsNothing() {
		String body = "{\"user\":{\"id\":87,\"username\":\"kim_r\"}}";
		Map<String, String> headers = signed(body, "108");
		headers.put("X-Discourse-Event-Type", "user");
		headers.put("X-Discourse-Event", "user_logged_in");

		assertThat(deliver("northwind", body, headers).statusCode()).isEqualTo(200);
		assertThat(inboxSize()).isZero();
	}

	@Test
	void acknowledgesDiscoursesPing() {
		String body = "{\"ping\":\"OK\"}";
		Map<String, String> headers = signed(body, "109");
		headers.put("X-Discourse-Event-Type", "ping");
		headers.remove("X-Discourse-Event");

		assertThat(deliver("northwind", body, headers).statusCode()).isEqualTo(200);
		assertThat(inboxSize()).isZero();
	}

	@Test
	void refusesASignedBodyThatIsNotJsonAsABadRequest() {
		String body = "{\"reviewable\": {\"id\": 14";

		HttpResponse<String> answer = deliver("northwind", body, signed(body, "110"));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(inboxSize()).isZero();
	}

	@Test
	void refusesAFlagWithoutItsReviewableAsABadRequest() {
		String body = "{\"topic\":{\"id\":512}}";

		assertThat(deliver("northwind", body, signed(body, "111")).statusCode()).isEqualTo(400);
		assertThat(inboxSize()).isZero();
	}

	@Test
	void refusesABodyLargerThanTheLimitBeforeReadingIt() {
		String body = "{\"reviewable\": {\"raw\": \"" + "x".repeat(1_100_000) + "\"}}";

		HttpResponse<String> answer = deliver("northwind", body, signed(body, "112"));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(inboxSize()).isZero();
	}

	private Map<String, String> signed(String body, String eventId) {
		return forum().signed(body, eventId, "reviewable_created");
	}

	private HttpResponse<String> deliver(String client, String body, Map<String, String> headers) {
		return forum().deliver(client, body, headers);
	}

	private ForumDeliveries forum() {
		return new ForumDeliveries(port, SECRET, INSTANCE);
	}

	private int inboxSize() {
		return jdbc.queryForObject("select count(*) from intake_inbox", Integer.class);
	}

}
