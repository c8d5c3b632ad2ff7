package org.communityops.notification;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.communityops.notification.NotificationProperties.Webhook;
import org.communityops.notification.NotificationProperties.WebhookFormat;
import org.springframework.stereotype.Component;

/**
 * The configured webhooks, checked when the application starts: a webhook without a name,
 * a second of the same name, an address that is not http(s), a Standard
 * NotificationWebhooks secret that is not {@code whsec_} and base64, or an unknown event
 * type stops the start with the property that is wrong.
 */
@Component
class NotificationWebhooks {

	private final Map<String, Configured> byName = new LinkedHashMap<>();

	NotificationWebhooks(NotificationProperties properties) {
		Set<String> types = new HashSet<>();
		for (NoticeType type : NoticeType.values()) {
			types.add(type.type());
		}
		List<Webhook> webhooks = properties.webhooks();
		for (int i = 0; i < webhooks.size(); i++) {
			Webhook webhook = webhooks.get(i);
			String property = "communityops.notifications.webhooks[" + i + "]";
			if (webhook.name() == null || webhook.name().isBlank()) {
				throw new IllegalStateException(property + ".name is missing: every webhook needs a unique name");
			}
			if (EmailChannel.NAME.equals(webhook.name())) {
				throw new IllegalStateException(
						property + ".name '" + webhook.name() + "' is taken by the email channel; choose another");
			}
			if (byName.containsKey(webhook.name())) {
				throw new IllegalStateException(property + ".name '" + webhook.name() + "' is used twice");
			}
			if (webhook.url() == null
					|| !("https".equals(webhook.url().getScheme()) || "http".equals(webhook.url().getScheme()))
					|| webhook.url().getHost() == null) {
				throw new IllegalStateException(
						property + ".url '" + webhook.url() + "' is not an http(s) address with a host");
			}
			for (String event : webhook.events()) {
				if (!types.contains(event)) {
					throw new IllegalStateException(property + ".events has '" + event + "'; expected any of " + types);
				}
			}
			WebhookSignature signature = null;
			if (webhook.format() == WebhookFormat.STANDARD) {
				try {
					signature = WebhookSignature.of(webhook.secret());
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(property + ".secret: " + ex.getMessage(), ex);
				}
			}
			byName.put(webhook.name(), new Configured(webhook, signature));
		}
	}

	List<Configured> all() {
		return List.copyOf(byName.values());
	}

	Optional<Configured> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	/** A webhook with its signing key; the key is null for Slack. */
	record Configured(Webhook webhook, WebhookSignature signature) {

		String name() {
			return webhook.name();
		}

	}

}
