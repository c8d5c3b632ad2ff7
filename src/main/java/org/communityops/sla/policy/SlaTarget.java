package org.communityops.sla.policy;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service level of a contract: what is timed, how long it may take, and what is owed
 * when too many items take longer.
 *
 * @param within the time allowed for priorities that {@code byPriority} does not name
 * @param byPriority the time allowed per priority, overriding {@code within}
 * @param warnAt shares of the allowed time at which to warn, ascending, each below 100%
 * @param objective the share of a period's items that must meet the target; empty when
 * none is promised
 * @param credits credit tiers, least severe first (descending {@code below})
 */
public record SlaTarget(String id, String name, TargetScope scope, ClockKind clock, Optional<Duration> within,
		Map<Priority, Duration> byPriority, List<Percent> warnAt, Optional<Percent> objective,
		List<CreditTier> credits) {

	public SlaTarget {
		byPriority = byPriority.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byPriority));
		warnAt = List.copyOf(warnAt);
		credits = List.copyOf(credits);
		if (within.isEmpty() && byPriority.size() < Priority.values().length) {
			throw new IllegalArgumentException("Target " + id + " has no time for some priorities");
		}
	}

	/** The time allowed for an item of the given priority. */
	public Duration within(Priority priority) {
		Duration specific = byPriority.get(priority);
		return specific != null ? specific : within.orElseThrow();
	}

	/**
	 * The credit owed for a period in which the given share of items met the target: of
	 * the tiers whose {@code below} the compliance is under, the one with the lowest
	 * {@code below}; zero when none applies.
	 */
	public Percent creditFor(Percent compliance) {
		return credits.stream()
			.filter(tier -> tier.appliesTo(compliance))
			.min((a, b) -> a.below().compareTo(b.below()))
			.map(CreditTier::credit)
			.orElse(Percent.ZERO);
	}

}
