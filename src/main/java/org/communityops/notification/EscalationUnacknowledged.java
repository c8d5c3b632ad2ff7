package org.communityops.notification;

import java.time.Instant;

/**
 * Published, in the transaction that does it, when nobody acknowledged an escalation in
 * time and it went up to the agency leads.
 *
 * @param escalationInstanceId the escalation's process instance
 * @param leadTaskId the agency leads' task to acknowledge it
 * @param clockId the breached SLA clock the escalation is about
 * @param processInstanceId the breached item's process instance
 */
public record EscalationUnacknowledged(String client, String targetId, String clockId, String escalationInstanceId,
		String leadTaskId, String processInstanceId, Instant escalatedAt) {
}
