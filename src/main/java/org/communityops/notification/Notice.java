package org.communityops.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One notification as receivers get it: {@code {"type", "timestamp", "data"}}.
 *
 * @param timestamp the moment it is about (the warning, the breach), not when it is sent
 */
record Notice(String type, Instant timestamp, Data data) {

	/** A time left as people read it: {@code 1m 30s}, {@code 2h 05m}. */
	static String readable(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		if (seconds >= 3600) {
			return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
		}
		return seconds >= 60 ? String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60) : seconds + "s";
	}

	/**
	 * What the notification is about.
	 *
	 * @param item the SLA clock's id, the same in every notification of that clock
	 * @param threshold the warning's share of the allowance; null for other types
	 * @param timeLeft until the due moment (wall-clock time); null once due
	 * @param holder the task's assignee; null while unclaimed
	 * @param businessKey the process's business key, e.g. the platform item it came from
	 * @param subject what the item is about (a content title, a request's subject)
	 * @param escalationInstanceId the escalation the breach started
	 */
	record Data(String client, String target, String item, String priority, String threshold, Instant dueAt,
			Duration timeLeft, String holder, String processInstanceId, String taskId, String businessKey,
			String subject, String escalationInstanceId, Links links) {
	}

	/** Where people open the item: Tasklist (while it has a task) and the client view. */
	record Links(String task, String client) {
	}

}
