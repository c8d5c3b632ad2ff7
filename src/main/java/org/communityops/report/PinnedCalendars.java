package org.communityops.report;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.SlaTarget;

/**
 * The calendars a report counts business time on: each clock's target as its pinned
 * policy version defines it, looked up once per version and target. Remembers which
 * versions the period's clocks were pinned to.
 */
final class PinnedCalendars {

	private final PolicyRegistry policies;

	private final String client;

	private final SortedMap<Integer, PolicyVersion> used = new TreeMap<>();

	private final Map<Integer, Map<String, BusinessCalendar>> calendars = new HashMap<>();

	PinnedCalendars(PolicyRegistry policies, String client) {
		this.policies = policies;
		this.client = client;
	}

	BusinessCalendar of(int version, String targetId) {
		return calendars.computeIfAbsent(version, v -> new HashMap<>())
			.computeIfAbsent(targetId, id -> target(version, id));
	}

	/** The versions the clocks read so far were pinned to, oldest first. */
	SortedMap<Integer, PolicyVersion> used() {
		return used;
	}

	private BusinessCalendar target(int version, String targetId) {
		PolicyVersion pinned = used.computeIfAbsent(version,
				v -> policies.version(client, v)
					.orElseThrow(() -> new IllegalStateException(
							"Clocks of " + client + " are pinned to policy version " + v + ", which is not loaded")));
		SlaTarget target = pinned.policy()
			.target(targetId)
			.orElseThrow(() -> new IllegalStateException(
					"Policy version " + version + " of " + client + " has no target '" + targetId + "'"));
		return pinned.calendarFor(target);
	}

}
