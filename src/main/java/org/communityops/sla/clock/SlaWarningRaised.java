package org.communityops.sla.clock;

import java.time.Instant;

/**
 * Published, in the transaction that records it, when a clock passes a warning threshold:
 * the notifications write their outbox in that transaction, and other listeners may wait
 * for the commit with {@code @TransactionalEventListener}.
 *
 * @param threshold the share of the allowance passed, e.g. {@code 75%}
 * @param holder the task's assignee at the warning; null while unclaimed
 */
public record SlaWarningRaised(String clockId, String client, String targetId, String taskId, String threshold,
		Instant warnedAt, Instant dueAt, String holder, String processInstanceId, String priority) {
}
