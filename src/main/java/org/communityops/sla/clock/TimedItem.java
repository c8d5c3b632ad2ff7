package org.communityops.sla.clock;

import java.time.Instant;

import org.communityops.sla.policy.Priority;

/**
 * What the workflow engine reports about an item that clocks may time: a task (with its
 * id and definition key) or a process instance (without them), at the instant something
 * happened to it.
 */
public record TimedItem(String client, String processDefinitionKey, String processInstanceId, String taskId,
		String taskDefinitionKey, Priority priority, String holder, Instant at) {
}
