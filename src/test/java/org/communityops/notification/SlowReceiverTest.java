package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

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
 * A receiver that takes 10 seconds to answer holds up its own deliveries only: the other
 * webhook gets all four notifications of a warned and breached item, and the deadlines
 * run, while the slow one is still on its first.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:slow-receiver;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=false",
				"communityops.notifications.sweep=200ms", "communityops.notifications.timeout=15s" })
class SlowReceiverTest {

	static final WebhookReceiver receiver = new WebhookReceiver();

	@DynamicPropertySource
	static void webhooks(DynamicPropertyRegistry properties) {
		String webhook = "communityops.notifications.webhooks";
		properties.add(webhook + "[0].name", () -> "slow");
		properties.add(webhook + "[0].url", () -> receiver.url("/slow"));
		properties.add(webhook + "[0].secret", () -> WebhookNotificationsTest.SECRET);
		properties.add(webhook + "[1].name", () -> "quick");
		properties.add(webhook + "[1].url", () -> receiver.url("/quick"));
		properties.add(webhook + "[1].secret", () -> WebhookNotificationsTest.SECRET);
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
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void aSlowReceiverHoldsUpOnlyItself() {
		receiver.delay("/slow", Duration.ofSeconds(10));

		WebhookNotificationsTest.flaggedPostWarnedTwiceAndBreached(runtimeService, taskService, managementService,
				"2031-05-08T10:00:00Z");

		await().atMost(Duration.ofSeconds(8)).until(() -> receiver.accepted("/quick").size() >= 4);
		assertThat(receiver.accepted("/slow")).as("the slow receiver, still on its first request").isEmpty();
		receiver.delay("/slow", Duration.ZERO);
		await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted("/slow").size() >= 4);
	}

}
