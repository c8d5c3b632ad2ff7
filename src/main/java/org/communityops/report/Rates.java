package org.communityops.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compliance rates as percentages: exact enough to compare with a credit tier, and as
 * shown.
 */
final class Rates {

	private Rates() {
	}

	/**
	 * {@code met / decided} in percent to ten decimals, rounded down so that a rate below
	 * a tier stays below it.
	 */
	static BigDecimal exact(int met, int decided) {
		return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(decided), 10, RoundingMode.DOWN);
	}

	/**
	 * The rate as shown: truncated to two decimals, so a rate shown as 95.00 has reached
	 * 95%.
	 */
	static BigDecimal shown(int met, int decided) {
		return decided == 0 ? null : exact(met, decided).setScale(2, RoundingMode.DOWN);
	}

}
