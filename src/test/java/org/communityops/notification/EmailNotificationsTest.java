package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notification emails over a real SMTP server (GreenMail): the holder of a hooli item
 * gets its two warnings, hooli's account managers its breach and escalation, one email
 * each per event, as plain text and HTML; a holder who is no member of the client gets
 * nothing.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:email-notifications;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false",
				"communityops.notifications.sweep=200ms", "spring.mail.host=127.0.0.1" })
class EmailNotificationsTest {

	static final Mailbox mailbox = new Mailbox();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", mailbox::port);
	}

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void stopSmtp() {
		mailbox.close();
	}

	@Test
	void theHolderGetsTheWarningsAndTheAccountManagersTheBreachAndEscalation() throws Exception {
		String subject = "Spam wave in the forum";
		flaggedPostHeldBy("mo", subject, "2031-06-02T10:00:00Z");

		await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.about(subject).size() >= 6);
		List<MimeMessage> emails = mailbox.about(subject);
		assertThat(emails).extracting(Mailbox::line)
			.containsExactlyInAnyOrder(
					"mo@communityops.example [hooli] Warning: 50% of the allowance used: triage, " + subject,
					"mo@communityops.example [hooli] Warning: 75% of the allowance used: triage, " + subject,
					"amelia@communityops.example [hooli] Breached: triage, " + subject,
					"amelia@communityops.example [hooli] Escalation started: triage, " + subject,
					"lars@communityops.example [hooli] Breached: triage, " + subject,
					"lars@communityops.example [hooli] Escalation started: triage, " + subject);
		MimeMessage first = emails.stream()
			.filter(email -> Mailbox.line(email).contains("Warning: 50%"))
			.findFirst()
			.orElseThrow();
		Map<String, String> bodies = new java.util.HashMap<>();
		collect(first, bodies);
		assertThat(bodies).containsOnlyKeys("text/plain", "text/html");
		assertThat(bodies.get("text/plain")).contains("Due Mon 2 Jun 2031, 03:03 (America/Los_Angeles), 1m 30s left",
				"Held by mo.", "/camunda/app/tasklist/default/#/?task=");
		assertThat(bodies.get("text/html")).contains("Open in Tasklist", "/clients/hooli", "Held by mo.");
		assertThat(first.getHeader("X-CommunityOps-Notification")[0]).startsWith("msg_");
	}

	@Test
	void aHolderWhoIsNoMemberOfTheClientGetsNoEmail() {
		String subject = "Spoilers in the trailer thread";
		flaggedPostHeldBy("gary", subject, "2031-06-03T10:00:00Z");

		await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.about(subject).size() >= 4);
		assertThat(mailbox.about(subject)).extracting(Mailbox::line)
			.noneMatch(line -> line.startsWith("gary@"))
			.allMatch(line -> line.startsWith("amelia@") || line.startsWith("lars@"));
	}

	private void flaggedPostHeldBy(String holder, String subject, String start) {
		new HooliFlaggedPosts(runtimeService, taskService, managementService).start(subject, holder, start,
				HooliFlaggedPosts.WARNED_TWICE_AND_BREACHED);
	}

	/** The message's text bodies by content type, wherever they sit in its MIME tree. */
	private static void collect(jakarta.mail.Part part, Map<String, String> bodies) throws Exception {
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), bodies);
			}
		}
		else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			bodies.put(part.isMimeType("text/plain") ? "text/plain" : "text/html", GreenMailUtil.getBody(part));
		}
	}

}
