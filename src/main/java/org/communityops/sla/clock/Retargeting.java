package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock given the allowance of a new priority, read from its log entry: the old and new
 * priority with their allowances, and whether the breach came first (then the breach
 * stands with the old allowance, which stays the one the clock is judged by).
 *
 * @param breachedAt the breach it came after, or null when it came before any breach
 */
public record Retargeting(Instant at, String fromPriority, Duration fromWithin, String toPriority, Duration toWithin,
		Instant breachedAt) {

	private static final Pattern DETAIL = Pattern
		.compile("(\\S+) (\\S+) -> (\\S+) (\\S+)(?: after the breach at (\\S+), which stands with \\S+)?");

	/** The entry's retargeting, or empty for an entry of another kind. */
	public static Optional<Retargeting> of(ClockEvent entry) {
		Matcher detail = entry.type() == ClockEventType.RETARGETED && entry.detail() != null
				? DETAIL.matcher(entry.detail()) : null;
		if (detail == null || !detail.matches()) {
			return Optional.empty();
		}
		return Optional
			.of(new Retargeting(entry.at(), detail.group(1), Duration.parse(detail.group(2)), detail.group(3),
					Duration.parse(detail.group(4)), detail.group(5) == null ? null : Instant.parse(detail.group(5))));
	}

	public boolean afterBreach() {
		return breachedAt != null;
	}

	/** The allowance the clock is judged by from then on. */
	public Duration judgedBy() {
		return afterBreach() ? fromWithin : toWithin;
	}

	/** The log entry's detail, which {@link #of} reads back. */
	String detail() {
		String detail = fromPriority + " " + fromWithin + " -> " + toPriority + " " + toWithin;
		return afterBreach() ? detail + " after the breach at " + breachedAt + ", which stands with " + fromWithin
				: detail;
	}

}
