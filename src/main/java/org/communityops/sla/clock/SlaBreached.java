package org.communityops.sla.clock;

import java.time.Instant;

/**
 * Published, in the transaction that records it, when a clock breaches: the notifications
 * write their outbox in that transaction.
 *
 * @param holder the task's assignee at the breach; null while unclaimed
 * @param escalationInstanceId the escalation the breach started; null when it started
 * none (the clock of an escalation itself)
 */
public record SlaBreached(String clockId, String client, String targetId, String taskId, Instant breachedAt,
		Instant dueAt, String holder, String processInstanceId, String priority, String escalationInstanceId) {
}
