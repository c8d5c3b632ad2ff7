package org.communityops.sla.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a client's SLA contract, as parsed from
 * {@code sla-policies/<client>.yaml}.
 *
 * @param client the tenant id, a lowercase slug such as {@code northwind}
 */
public record SlaPolicy(String client, String name, Contract contract, CalendarSpec calendar, List<SlaTarget> targets) {

	public SlaPolicy {
		targets = List.copyOf(targets);
	}

	public Optional<SlaTarget> target(String id) {
		return targets.stream().filter(target -> target.id().equals(id)).findFirst();
	}

	/**
	 * Whether this version may govern a clock started at the instant: its local date in
	 * the calendar's zone is on or after the contract's effective date. (Among the
	 * versions that may, the registry picks the latest loaded.)
	 */
	public boolean governsClocksStartedAt(Instant clockStart) {
		return !clockStart.atZone(calendar.zone()).toLocalDate().isBefore(contract.effective());
	}

}
