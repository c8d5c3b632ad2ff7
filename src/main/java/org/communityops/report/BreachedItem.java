package org.communityops.report;

import java.time.Duration;
import java.time.Instant;

/**
 * An item of the period that breached its target.
 *
 * @param completed when it was done; null when it was still open at the as-of instant
 * @param overrun business time past its allowance, up to its completion or the as-of
 * instant
 * @param heldBy who held it at its due moment; null when nobody had claimed it
 * @param note what else the row must say, e.g. a priority changed after the breach; null
 * for nothing
 */
public record BreachedItem(String targetId, String clockId, String taskId, String taskDefinitionKey,
		String processInstanceId, Instant opened, Instant due, Instant completed, Duration overrun, String heldBy,
		String note) {
}
