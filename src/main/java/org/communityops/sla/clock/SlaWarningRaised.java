package org.communityops.sla.clock;

import java.time.Instant;

/**
 * Published when a clock passes a warning threshold; listeners (notifications) get it
 * after the commit, with {@code @TransactionalEventListener}.
 */
public record SlaWarningRaised(String clockId, String client, String targetId, String taskId, String threshold,
		Instant warnedAt, Instant dueAt, String holder) {
}
