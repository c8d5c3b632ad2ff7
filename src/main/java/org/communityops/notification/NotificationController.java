package org.communityops.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.communityops.identity.ClientAccess;
import org.communityops.identity.Role;
import org.communityops.web.BadRequestException;
import org.communityops.web.ForbiddenException;
import org.communityops.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notifications' state for administrators: the configured webhooks (without their
 * secrets) and whether each is disabled, the delivery log (attempts, status, last error),
 * and enabling a disabled webhook again. Everyone else gets 403.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private static final Set<String> STATES = Set.of("pending", "delivered", "failed", "gone");

	private static final int MAX = 500;

	private final NotificationWebhooks webhooks;

	private final Outbox outbox;

	private final Deliveries deliveries;

	private final ClientAccess access;

	NotificationController(NotificationWebhooks webhooks, Outbox outbox, Deliveries deliveries, ClientAccess access) {
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.deliveries = deliveries;
		this.access = access;
	}

	@GetMapping("/webhooks")
	List<WebhookView> webhooks() {
		requireAdmin();
		return webhooks.all().stream().map(this::view).toList();
	}

	/**
	 * @param state {@code pending}, {@code delivered}, {@code failed} or {@code gone}
	 * @param limit at most this many, newest first (100 unless given, at most 500)
	 */
	@GetMapping("/deliveries")
	List<Outbox.Delivery> deliveries(@RequestParam(required = false) String webhook,
			@RequestParam(required = false) String state, @RequestParam(required = false) String client,
			@RequestParam(defaultValue = "100") int limit) {
		requireAdmin();
		if (state != null && !STATES.contains(state)) {
			throw new BadRequestException("state",
					"Unknown state '" + state + "'; expected one of delivered, failed, gone, pending");
		}
		if (limit < 1 || limit > MAX) {
			throw new BadRequestException("limit", "limit must be between 1 and " + MAX + "; was " + limit);
		}
		return outbox.log(webhook, state, client, limit);
	}

	/**
	 * Enables a webhook disabled after 410 Gone answers; its waiting notifications go
	 * out.
	 */
	@PostMapping("/webhooks/{name}/enable")
	WebhookView enable(@PathVariable String name) {
		requireAdmin();
		NotificationWebhooks.Configured configured = webhooks.named(name)
			.orElseThrow(() -> new NotFoundException("No webhook '" + name + "'"));
		deliveries.enable(name);
		return view(configured);
	}

	private WebhookView view(NotificationWebhooks.Configured configured) {
		NotificationProperties.Webhook webhook = configured.webhook();
		return new WebhookView(configured.name(), webhook.url().toString(),
				webhook.format().name().toLowerCase(Locale.ROOT), webhook.clients(), webhook.events(),
				outbox.disabled(configured.name()));
	}

	private void requireAdmin() {
		if (!access.caller().map(caller -> caller.is(Role.ADMIN)).orElse(false)) {
			throw new ForbiddenException("The notifications' delivery log is for administrators");
		}
	}

	record WebhookView(String name, String url, String format, List<String> clients, List<String> events,
			boolean disabled) {
	}

}
