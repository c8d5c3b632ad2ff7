package org.communityops.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.communityops.identity.People.Person;
import org.communityops.notification.EmailChannel.EmailMessage;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notification as an email to one person: a subject naming the client, what happened
 * and the item; a plain-text body and an HTML one ({@code templates/mail/notice.html})
 * with the due time in the client's zone, the holder, and the links.
 */
@Component
class EmailMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final ITemplateEngine templates;

	EmailMessages(ITemplateEngine templates) {
		this.templates = templates;
	}

	EmailMessage of(Notice notice, Person to, ZoneId zone) {
		Notice.Data data = notice.data();
		String what = switch (NoticeType.of(notice.type())) {
			case WARNING -> "Warning: " + data.threshold() + " of the allowance used";
			case BREACHED -> "Breached";
			case MET_AFTER_WARNING -> "Met after a warning";
			case ESCALATION_UNACKNOWLEDGED -> "Escalation not acknowledged, up to the agency leads";
			case ESCALATION_STARTED -> "Escalation started";
		};
		String item = data.subject() == null ? data.target() : data.target() + ", " + data.subject();
		String subject = "[" + data.client() + "] " + what + ": " + item;
		String due = data.dueAt() == null ? null : WHEN.format(data.dueAt().atZone(zone)) + " (" + zone + ")";
		String left = data.timeLeft() == null ? null : Notice.readable(data.timeLeft());
		StringBuilder text = new StringBuilder("Hello ").append(to.name())
			.append(",\n\n")
			.append(what)
			.append(" for ")
			.append(data.client())
			.append(": ")
			.append(item)
			.append(data.priority() == null ? "" : " (priority " + data.priority() + ")")
			.append(".\n");
		if (due != null) {
			text.append("Due ").append(due).append(left == null ? "" : ", " + left + " left").append(".\n");
		}
		text.append(data.holder() == null ? "Nobody has claimed it yet.\n" : "Held by " + data.holder() + ".\n");
		text.append('\n');
		if (data.links().task() != null) {
			text.append("Open in Tasklist: ").append(data.links().task()).append('\n');
		}
		text.append("Client view: ").append(data.links().client()).append('\n');
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("to", to);
		context.setVariable("what", what);
		context.setVariable("item", item);
		context.setVariable("data", data);
		context.setVariable("due", due);
		context.setVariable("left", left);
		return new EmailMessage(to.email(), subject, text.toString(), templates.process("mail/notice", context));
	}

}
