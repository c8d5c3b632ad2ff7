package org.communityops.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go and how hard delivery tries
 * ({@code communityops.notifications}). NotificationWebhooks are set by whoever
 * configures the application (administrators), never through the API, so no user can
 * point the server at an address of their choosing.
 *
 * @param baseUrl the application's address as people reach it, for the links in the
 * notifications (Tasklist, the client view)
 * @param sweep how often each endpoint's outbox is looked at besides the wake-up after a
 * commit (retries, and what another node or a crash left)
 * @param maxAttempts attempts before a delivery is given up (kept as failed)
 * @param firstRetry the wait after the first failed attempt; each further one doubles it,
 * up to {@code maxRetry}
 * @param timeout how long one attempt may take, connecting and answering
 * @param goneLimit consecutive 410 Gone answers after which an endpoint is disabled
 * @param email the notification emails, sent when {@code spring.mail.host} is set
 */
@ConfigurationProperties("communityops.notifications")
public record NotificationProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue List<Webhook> webhooks, @DefaultValue("5s") Duration sweep, @DefaultValue("12") int maxAttempts,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("10s") Duration timeout, @DefaultValue("3") int goneLimit, @DefaultValue Email email) {

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
	Duration backoff(int attempt) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}

	/**
	 * One receiver of notifications.
	 *
	 * @param name how the delivery log names it; unique
	 * @param secret {@code whsec_} and the base64 key the receiver verifies signatures
	 * with (from the environment); not used by Slack
	 * @param format {@code standard} (Standard NotificationWebhooks JSON, signed) or
	 * {@code slack} (an incoming webhook's message)
	 * @param clients the clients whose events it gets; empty for all
	 * @param events the event types it gets ({@code sla.warning}, ...); empty for all
	 */
	public record Webhook(String name, URI url, String secret, @DefaultValue("standard") WebhookFormat format,
			@DefaultValue List<String> clients, @DefaultValue List<String> events) {

		boolean wants(NoticeType type, String client) {
			return (clients.isEmpty() || clients.contains(client))
					&& (events.isEmpty() || events.contains(type.type()));
		}

	}

	/**
	 * @param from the sender of the notification emails
	 */
	public record Email(@DefaultValue("CommunityOps <notifications@communityops.example>") String from) {
	}

	public enum WebhookFormat {

		STANDARD, SLACK

	}

}
