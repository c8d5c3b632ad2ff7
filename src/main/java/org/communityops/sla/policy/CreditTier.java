package org.communityops.sla.policy;

/**
 * A service credit of {@code credit} (share of the fee) owed when the period's compliance
 * is below {@code below}.
 */
public record CreditTier(Percent below, Percent credit) {

	/** Whether this tier applies to the compliance a target reached in a period. */
	public boolean appliesTo(Percent compliance) {
		return compliance.isBelow(below);
	}

}
