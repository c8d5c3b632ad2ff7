package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks across the sections of an otherwise valid policy: opening hours for business
 * clocks, credits over the cap.
 */
final class PolicyConsistency {

	private final ParsedLocations locations;

	PolicyConsistency(ParsedLocations locations) {
		this.locations = locations;
	}

	List<PolicyProblem> check(SlaPolicy policy) {
		List<PolicyProblem> problems = new ArrayList<>();
		boolean businessClock = policy.targets().stream().anyMatch(target -> target.clock() == ClockKind.BUSINESS);
		if (businessClock && policy.calendar().hours().isEmpty()) {
			problems.add(locations.errorAt("calendar.hours", "no opening hours, but business-clock targets need them;"
					+ " expected at least one day such as mon-fri: [\"09:00-17:00\"]"));
		}
		Percent cap = policy.contract().creditCap();
		for (int i = 0; i < policy.targets().size(); i++) {
			List<CreditTier> credits = policy.targets().get(i).credits();
			for (int j = 0; j < credits.size(); j++) {
				if (cap.isBelow(credits.get(j).credit())) {
					problems.add(locations.warningAt("targets[" + i + "].credits[" + j + "].credit",
							credits.get(j).credit() + " is more than the contract's credit-cap " + cap
									+ "; expected at most the cap, which limits what is owed anyway"));
				}
			}
		}
		return problems;
	}

}
