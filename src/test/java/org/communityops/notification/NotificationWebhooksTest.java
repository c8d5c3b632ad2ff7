package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.communityops.notification.NotificationProperties.Webhook;
import org.communityops.notification.NotificationProperties.WebhookFormat;
import org.junit.jupiter.api.Test;

class NotificationWebhooksTest {

	static final String SECRET = WebhookNotificationsTest.SECRET;

	@Test
	void aBadWebhookStopsTheStartNamingItsProperty() {
		assertThatThrownBy(() -> webhooks(webhook("ops", "https://ops.example/hooks", "whsec_c2hvcnQ=")))
			.hasMessage("communityops.notifications.webhooks[0].secret: the key is 5 bytes; expected at least 24");
		assertThatThrownBy(() -> webhooks(webhook("ops", "https://ops.example/hooks", SECRET),
				webhook("ops", "https://other.example/hooks", SECRET)))
			.hasMessage("communityops.notifications.webhooks[1].name 'ops' is used twice");
		assertThatThrownBy(() -> webhooks(webhook("ops", "file:///etc/passwd", SECRET)))
			.hasMessage("communityops.notifications.webhooks[0].url 'file:///etc/passwd' is not an http(s) address"
					+ " with a host");
		assertThatThrownBy(() -> webhooks(new Webhook("ops", URI.create("https://ops.example/hooks"), SECRET,
				WebhookFormat.STANDARD, List.of(), List.of("sla.late"))))
			.hasMessageStartingWith("communityops.notifications.webhooks[0].events has 'sla.late'; expected any of");
		assertThatThrownBy(() -> webhooks(webhook(" ", "https://ops.example/hooks", SECRET)))
			.hasMessageStartingWith("communityops.notifications.webhooks[0].name is missing");
	}

	@Test
	void aSlackWebhookNeedsNoSecretAndFiltersByClientAndEvent() {
		Webhook slack = new Webhook("slack", URI.create("https://hooks.slack.com/services/T0/B0/x"), null,
				WebhookFormat.SLACK, List.of("hooli"), List.of("sla.breached"));

		assertThat(webhooks(slack).all()).singleElement().satisfies(configured -> {
			assertThat(configured.signature()).isNull();
			assertThat(configured.webhook().wants(NoticeType.BREACHED, "hooli")).isTrue();
			assertThat(configured.webhook().wants(NoticeType.WARNING, "hooli")).isFalse();
			assertThat(configured.webhook().wants(NoticeType.BREACHED, "globex")).isFalse();
		});
	}

	private static Webhook webhook(String name, String url, String secret) {
		return new Webhook(name, URI.create(url), secret, WebhookFormat.STANDARD, List.of(), List.of());
	}

	private static NotificationWebhooks webhooks(Webhook... webhooks) {
		return new NotificationWebhooks(new NotificationProperties(URI.create("http://localhost:8080"),
				List.of(webhooks), Duration.ofSeconds(5), 12, Duration.ofSeconds(10), Duration.ofHours(1),
				Duration.ofSeconds(10), 3, new NotificationProperties.Email("notifications@communityops.example")));
	}

}
