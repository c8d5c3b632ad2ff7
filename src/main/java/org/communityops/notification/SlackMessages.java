package org.communityops.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A notification as a Slack incoming webhook's message: one line of mrkdwn saying what
 * happened to which item, when it is due in the client's zone, who holds it, and links to
 * Tasklist and the client view.
 */
final class SlackMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

	private SlackMessages() {
	}

	static Map<String, Object> of(Notice notice, ZoneId zone) {
		Notice.Data data = notice.data();
		String what = switch (NoticeType.of(notice.type())) {
			case WARNING -> ":warning: *" + data.threshold() + "* of the allowance used";
			case BREACHED -> ":red_circle: *Breached*";
			case MET_AFTER_WARNING -> ":white_check_mark: *Met after a warning*";
			case ESCALATION_UNACKNOWLEDGED -> ":sos: *Escalation not acknowledged*, up to the agency leads";
			case ESCALATION_STARTED -> ":rotating_light: *Escalation started*";
		};
		StringBuilder text = new StringBuilder(what).append(" · ")
			.append(data.client())
			.append(" · ")
			.append(data.target());
		if (data.subject() != null) {
			text.append(" · “").append(escape(data.subject())).append('”');
		}
		if (data.priority() != null) {
			text.append(" (").append(data.priority()).append(')');
		}
		if (data.dueAt() != null) {
			text.append("\nDue ").append(WHEN.format(data.dueAt().atZone(zone))).append(" (").append(zone).append(')');
			if (data.timeLeft() != null) {
				text.append(", ").append(Notice.readable(data.timeLeft())).append(" left");
			}
		}
		text.append(data.holder() == null ? ", unclaimed" : ", held by " + escape(data.holder()));
		Notice.Links links = data.links();
		text.append('\n');
		if (links.task() != null) {
			text.append('<').append(links.task()).append("|Open in Tasklist> · ");
		}
		text.append('<').append(links.client()).append("|Client view>");
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("text", text.toString());
		return message;
	}

	/** Slack's three control characters in message text. */
	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
