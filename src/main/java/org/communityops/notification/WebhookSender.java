package org.communityops.notification;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import org.communityops.notification.NotificationProperties.WebhookFormat;
import org.springframework.stereotype.Component;

/**
 * Sends one notification to one webhook and returns the HTTP status. Redirects are not
 * followed (a 3xx is a failed attempt), so a receiver cannot send the server on to
 * another host; an attempt takes at most the configured timeout.
 */
@Component
class WebhookSender {

	private final HttpClient http;

	private final NotificationProperties properties;

	private final Clock clock;

	WebhookSender(NotificationProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.timeout())
			.build();
	}

	/** One webhook as a channel of the deliveries. */
	Channel channel(NotificationWebhooks.Configured webhook) {
		return new Channel() {
			@Override
			public String name() {
				return webhook.name();
			}

			@Override
			public int send(String id, String body) throws IOException, InterruptedException {
				return WebhookSender.this.send(webhook, id, body);
			}
		};
	}

	int send(NotificationWebhooks.Configured webhook, String id, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(webhook.webhook().url())
			.timeout(properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "CommunityOps-Notifications")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (webhook.webhook().format() == WebhookFormat.STANDARD) {
			long timestamp = clock.instant().getEpochSecond();
			request.header("webhook-id", id)
				.header("webhook-timestamp", Long.toString(timestamp))
				.header("webhook-signature", webhook.signature().sign(id, timestamp, body));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
