package org.communityops.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.communityops.identity.People.Person;
import org.communityops.notification.NotificationProperties.WebhookFormat;
import org.communityops.sla.clock.SlaBreached;
import org.communityops.sla.clock.SlaMetAfterWarning;
import org.communityops.sla.clock.SlaWarningRaised;
import org.communityops.sla.policy.PolicyRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns the clocks' warnings and breaches into notifications, written to the outbox for
 * every webhook that wants them and, when email is on, for each person concerned in the
 * transaction that records the warning or breach: if it rolls back, nothing is sent; once
 * it commits, the deliveries start.
 */
@Component
class SlaNotices {

	private final NotificationWebhooks webhooks;

	private final EmailChannel email;

	private final EmailMessages emails;

	private final EmailRecipients recipients;

	private final Outbox outbox;

	private final Deliveries deliveries;

	private final ItemFacts facts;

	private final PolicyRegistry policies;

	private final NotificationProperties properties;

	private final ObjectMapper json;

	private final Clock clock;

	SlaNotices(NotificationWebhooks webhooks, EmailChannel email, EmailMessages emails, EmailRecipients recipients,
			Outbox outbox, Deliveries deliveries, ItemFacts facts, PolicyRegistry policies,
			NotificationProperties properties, ObjectMapper json, Clock clock) {
		this.webhooks = webhooks;
		this.email = email;
		this.emails = emails;
		this.recipients = recipients;
		this.outbox = outbox;
		this.deliveries = deliveries;
		this.facts = facts;
		this.policies = policies;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void warned(SlaWarningRaised warning) {
		ItemFacts.Facts item = facts.of(warning.processInstanceId());
		write(NoticeType.WARNING, warning.warnedAt(),
				new Notice.Data(warning.client(), warning.targetId(), warning.clockId(), warning.priority(),
						warning.threshold(), warning.dueAt(), timeLeft(warning.warnedAt(), warning.dueAt()),
						warning.holder(), warning.processInstanceId(), warning.taskId(), item.businessKey(),
						item.subject(), null, links(warning.client(), warning.taskId())));
	}

	@EventListener
	void breached(SlaBreached breach) {
		ItemFacts.Facts item = facts.of(breach.processInstanceId());
		Notice.Data data = new Notice.Data(breach.client(), breach.targetId(), breach.clockId(), breach.priority(),
				null, breach.dueAt(), null, breach.holder(), breach.processInstanceId(), breach.taskId(),
				item.businessKey(), item.subject(), breach.escalationInstanceId(),
				links(breach.client(), breach.taskId()));
		write(NoticeType.BREACHED, breach.breachedAt(), data);
		if (breach.escalationInstanceId() != null) {
			write(NoticeType.ESCALATION_STARTED, breach.breachedAt(), data);
		}
	}

	@EventListener
	void metAfterWarning(SlaMetAfterWarning met) {
		ItemFacts.Facts item = facts.of(met.processInstanceId());
		write(NoticeType.MET_AFTER_WARNING, met.metAt(),
				new Notice.Data(met.client(), met.targetId(), met.clockId(), met.priority(), null, met.dueAt(),
						timeLeft(met.metAt(), met.dueAt()), met.holder(), met.processInstanceId(), met.taskId(),
						item.businessKey(), item.subject(), null, links(met.client(), null)));
	}

	@EventListener
	void unacknowledged(EscalationUnacknowledged escalation) {
		ItemFacts.Facts item = facts.of(escalation.processInstanceId());
		write(NoticeType.ESCALATION_UNACKNOWLEDGED, escalation.escalatedAt(),
				new Notice.Data(escalation.client(), escalation.targetId(), escalation.clockId(), null, null, null,
						null, null, escalation.processInstanceId(), escalation.leadTaskId(), item.businessKey(),
						item.subject(), escalation.escalationInstanceId(),
						links(escalation.client(), escalation.leadTaskId())));
	}

	private void write(NoticeType type, Instant at, Notice.Data data) {
		Notice notice = new Notice(type.type(), at, data);
		boolean written = false;
		for (NotificationWebhooks.Configured webhook : webhooks.all()) {
			if (webhook.webhook().wants(type, data.client())) {
				outbox.add(webhook.name(), type, data.client(), data.item(), null, body(notice, webhook),
						clock.instant());
				written = true;
			}
		}
		if (email.enabled()) {
			for (Person person : recipients.of(type, data.client(), data.holder())) {
				outbox.add(EmailChannel.NAME, type, data.client(), data.item(), person.id(),
						json(emails.of(notice, person, zone(data.client()))), clock.instant());
				written = true;
			}
		}
		if (written) {
			wakeAfterCommit();
		}
	}

	private String body(Notice notice, NotificationWebhooks.Configured webhook) {
		return webhook.webhook().format() == WebhookFormat.SLACK
				? json(SlackMessages.of(notice, zone(notice.data().client()))) : json(notice);
	}

	private String json(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A notification could not be written as JSON", ex);
		}
	}

	private void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliveries.wake();
				}
			});
		}
		else {
			deliveries.wake();
		}
	}

	private Notice.Links links(String client, String taskId) {
		String base = properties.baseUrl().toString().replaceAll("/+$", "");
		String task = taskId == null ? null : base + "/camunda/app/tasklist/default/#/?task=" + taskId;
		String view = UriComponentsBuilder.fromUriString(base).path("/clients/{client}").build(client).toString();
		return new Notice.Links(task, view);
	}

	private ZoneId zone(String client) {
		return policies.zoneOf(client).orElse(ZoneOffset.UTC);
	}

	private static Duration timeLeft(Instant at, Instant due) {
		return due == null || !due.isAfter(at) ? null : Duration.between(at, due);
	}

}
