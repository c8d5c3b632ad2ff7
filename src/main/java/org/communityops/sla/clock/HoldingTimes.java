package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each holder held a clock's item, read from its log: a holding begins at the
 * STARTED entry and at each REASSIGNED entry, and lasts until the next REASSIGNED entry
 * or until the clock stopped (or until now, while it is open). Wall-clock time, not
 * business time. Stretches nobody held are reported under {@link #UNASSIGNED}.
 */
final class HoldingTimes {

	static final String UNASSIGNED = "(unassigned)";

	private HoldingTimes() {
	}

	/**
	 * The time per holder, in the order they first held the item; holders of no time at
	 * all are left out.
	 * @param events the clock's log, oldest first
	 * @param until when the clock stopped, or now for an open clock
	 */
	static Map<String, Duration> of(List<ClockEvent> events, Instant until) {
		Map<String, Duration> held = new LinkedHashMap<>();
		String holder = null;
		Instant since = null;
		for (ClockEvent event : events) {
			if (event.type() != ClockEventType.STARTED && event.type() != ClockEventType.REASSIGNED) {
				continue;
			}
			if (since != null) {
				add(held, holder, since, event.at());
			}
			holder = event.holder();
			since = event.at();
		}
		if (since != null) {
			add(held, holder, since, until);
		}
		return held;
	}

	private static void add(Map<String, Duration> held, String holder, Instant from, Instant to) {
		if (to.isAfter(from)) {
			held.merge(holder != null ? holder : UNASSIGNED, Duration.between(from, to), Duration::plus);
		}
	}

}
