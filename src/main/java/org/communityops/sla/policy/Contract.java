package org.communityops.sla.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The commercial terms of a policy version.
 *
 * @param effective this version governs clocks started on or after this local date (in
 * the calendar's zone)
 * @param fee the fee per reporting period
 * @param creditCap all credits owed in one period together are capped at this share of
 * the fee
 */
public record Contract(String id, LocalDate effective, ReportingPeriod period, BigDecimal fee, Currency currency,
		Percent creditCap) {

	/**
	 * The amount owed for the credits of one period, e.g. 5% + 10% of the fee, capped at
	 * the credit cap.
	 */
	public BigDecimal creditAmount(Percent... credits) {
		return creditShare(credits).applyTo(fee);
	}

	/**
	 * The share of the fee owed for the credits of one period: their sum, capped at the
	 * credit cap.
	 */
	public Percent creditShare(Percent... credits) {
		BigDecimal total = BigDecimal.ZERO;
		for (Percent credit : credits) {
			total = total.add(credit.value());
		}
		return total.compareTo(creditCap.value()) > 0 ? creditCap : new Percent(total.min(BigDecimal.valueOf(100)));
	}

	/**
	 * The fee rounded half-even to the minor unit of the contract's currency (cents for
	 * EUR, none for JPY).
	 */
	public BigDecimal feeInCurrency() {
		int digits = currency.getDefaultFractionDigits();
		return digits < 0 ? fee : fee.setScale(digits, RoundingMode.HALF_EVEN);
	}

}
