package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each person's choice of notification emails, through
 * {@code /api/me/notification-preferences} over HTTP: the defaults by role, a choice kept
 * whole or refused whole with the field named, only one's own clients; and the emails of
 * a hooli item (on a real SMTP server) going to whom the choices say, which the delivery
 * log names.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:notification-preferences;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false",
				"communityops.notifications.sweep=200ms", "spring.mail.host=127.0.0.1" })
class NotificationPreferencesTest {

	static final String PATH = "/api/me/notification-preferences";

	static final Mailbox mailbox = new Mailbox();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", mailbox::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@AfterEach
	void backToTheDefaults() {
		ClockUtil.reset();
		for (String person : List.of("amelia", "mo", "hana", "nora")) {
			assertThat(api.call(person, "PUT", PATH, "{\"preferences\": []}").status()).isEqualTo(200);
		}
	}

	@AfterAll
	static void stopSmtp() {
		mailbox.close();
	}

	@Test
	void theDefaultsFollowTheRole() {
		JsonNode amelia = api.get("amelia", PATH).json();
		assertThat(amelia.get("email").asText()).isEqualTo("amelia@communityops.example");
		assertThat(amelia.get("clients").findValuesAsText("client")).containsExactly("globex", "hooli", "northwind");
		assertThat(choice(amelia, "hooli", "sla.warning")).isEqualTo("mine false");
		assertThat(choice(amelia, "hooli", "sla.breached")).isEqualTo("all false");
		assertThat(choice(amelia, "hooli", "escalation.unacknowledged")).isEqualTo("all false");

		JsonNode mo = api.get("mo", PATH).json();
		assertThat(choice(mo, "hooli", "sla.warning")).isEqualTo("mine false");
		assertThat(choice(mo, "hooli", "sla.breached")).isEqualTo("none false");

		JsonNode nora = api.get("nora", PATH).json();
		assertThat(nora.get("clients").findValuesAsText("client")).containsExactly("northwind");
	}

	@Test
	void aChoiceIsKeptAndWhatItLeavesOutFallsBackToTheDefault() {
		Api.Answer chosen = api.call("mo", "PUT", PATH, choices("hooli sla.breached all", "globex sla.warning none"));
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(choice(chosen.json(), "hooli", "sla.breached")).isEqualTo("all true");
		assertThat(choice(api.get("mo", PATH).json(), "globex", "sla.warning")).isEqualTo("none true");

		api.call("mo", "PUT", PATH, choices("hooli sla.breached all"));
		JsonNode mo = api.get("mo", PATH).json();
		assertThat(choice(mo, "hooli", "sla.breached")).isEqualTo("all true");
		assertThat(choice(mo, "globex", "sla.warning")).isEqualTo("mine false");
		assertThat(choice(api.get("amelia", PATH).json(), "hooli", "sla.breached")).as("nobody else's")
			.isEqualTo("all false");
	}

	@Test
	void anotherClientIsRefusedLikeOneThatIsNotThereAndNothingOfTheChoiceIsKept() {
		Api.Answer hooli = api.call("nora", "PUT", PATH,
				choices("northwind sla.breached all", "hooli sla.breached all"));
		Api.Answer umbrella = api.call("nora", "PUT", PATH,
				choices("northwind sla.breached all", "umbrella sla.breached all"));

		assertThat(List.of(hooli, umbrella)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.json().get("field").asText()).isEqualTo("preferences[1].client");
			assertThat(answer.json().get("detail").asText())
				.endsWith("is none of your clients; expected one of northwind");
		});
		assertThat(choice(api.get("nora", PATH).json(), "northwind", "sla.breached")).isEqualTo("none false");
	}

	@Test
	void aWrongTypeChoiceOrBodyIsAProblemNamingTheField() {
		assertThat(problem(api.call("mo", "PUT", PATH, choices("hooli sla.late all"))))
			.isEqualTo("400 preferences[0].type Unknown type 'sla.late'; expected one of sla.warning, sla.breached,"
					+ " escalation.started, escalation.unacknowledged, sla.met-after-warning");
		assertThat(problem(api.call("mo", "PUT", PATH, choices("hooli sla.breached some"))))
			.isEqualTo("400 preferences[0].choice Unknown choice 'some'; expected one of mine, all, none");
		assertThat(problem(api.call("mo", "PUT", PATH, choices("hooli sla.breached all", "hooli sla.breached none"))))
			.isEqualTo("400 preferences[1] sla.breached of hooli is chosen twice");
		assertThat(problem(api.call("mo", "PUT", PATH, "{}"))).startsWith("400 preferences preferences is missing");
		assertThat(api.call("mo", "PUT", PATH, "{\"preferences\": [").status()).isEqualTo(400);
		assertThat(api.call(null, "GET", PATH, null).status()).isEqualTo(401);
	}

	@Test
	void theEmailsOfAnItemGoWhereTheChoicesSay() {
		api.call("mo", "PUT", PATH, choices("hooli sla.warning none", "hooli sla.breached all"));
		api.call("amelia", "PUT", PATH, choices("hooli sla.breached none"));
		api.call("hana", "PUT", PATH, choices("hooli sla.warning all"));
		String subject = "Phishing links in the stream chat";

		new HooliFlaggedPosts(runtimeService, taskService, managementService).start(subject, "mo",
				"2031-07-01T10:00:00Z", HooliFlaggedPosts.WARNED_TWICE_AND_BREACHED);

		await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.linesAbout(subject).size() >= 6);
		assertThat(mailbox.linesAbout(subject)).containsExactlyInAnyOrder(
				"hana@communityops.example [hooli] Warning: 50% of the allowance used: triage, " + subject,
				"hana@communityops.example [hooli] Warning: 75% of the allowance used: triage, " + subject,
				"mo@communityops.example [hooli] Breached: triage, " + subject,
				"lars@communityops.example [hooli] Breached: triage, " + subject,
				"amelia@communityops.example [hooli] Escalation started: triage, " + subject,
				"lars@communityops.example [hooli] Escalation started: triage, " + subject);
		List<String> log = new ArrayList<>();
		api.get("admin", "/api/notifications/deliveries?webhook=email&client=hooli&limit=500")
			.json()
			.forEach(delivery -> log.add(delivery.get("recipient").asText() + " " + delivery.get("type").asText()));
		assertThat(log).contains("hana sla.warning", "mo sla.breached", "amelia escalation.started")
			.doesNotContain("amelia sla.breached");
	}

	/** The choice and whether it was made, e.g. {@code all true}. */
	private static String choice(JsonNode profile, String client, String type) {
		for (JsonNode clientChoices : profile.get("clients")) {
			if (clientChoices.get("client").asText().equals(client)) {
				for (JsonNode choice : clientChoices.get("types")) {
					if (choice.get("type").asText().equals(type)) {
						return choice.get("choice").asText() + " " + choice.get("chosen").asBoolean();
					}
				}
			}
		}
		throw new AssertionError("No " + type + " of " + client + " in " + profile);
	}

	/** A PUT body of choices, each given as {@code client type choice}. */
	private static String choices(String... choices) {
		List<String> items = new ArrayList<>();
		for (String choice : choices) {
			String[] parts = choice.split(" ");
			items.add("{\"client\": \"" + parts[0] + "\", \"type\": \"" + parts[1] + "\", \"choice\": \"" + parts[2]
					+ "\"}");
		}
		return "{\"preferences\": [" + String.join(", ", items) + "]}";
	}

	private static String problem(Api.Answer answer) {
		assertThat(answer.isProblem()).as(answer.body()).isTrue();
		return answer.status() + " " + answer.json().get("field").asText() + " " + answer.json().get("detail").asText();
	}

}
