package org.communityops.sla.clock;

import java.time.Instant;

/**
 * Published, in the transaction that records it, when a clock that had warned stops in
 * time: the item was done before its due moment after all.
 *
 * @param warnings how many warning thresholds the clock had passed
 * @param holder the task's assignee when it was done; null while unclaimed
 */
public record SlaMetAfterWarning(String clockId, String client, String targetId, String taskId, Instant metAt,
		Instant dueAt, int warnings, String holder, String processInstanceId, String priority) {
}
