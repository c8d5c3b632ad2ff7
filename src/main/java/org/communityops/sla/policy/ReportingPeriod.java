package org.communityops.sla.policy;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * The period over which compliance is measured, credits are owed and the fee is charged.
 */
public enum ReportingPeriod {

	MONTH("month"), QUARTER("quarter");

	private final String key;

	ReportingPeriod(String key) {
		this.key = key;
	}

	/** The value of {@code contract.period} in a policy file. */
	public String key() {
		return key;
	}

	/** The first day of the period that contains the date. */
	public LocalDate startOf(LocalDate date) {
		return switch (this) {
			case MONTH -> date.withDayOfMonth(1);
			case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
		};
	}

	/**
	 * The first day of the next period, exclusive end of the one that contains the date.
	 */
	public LocalDate endOf(LocalDate date) {
		return switch (this) {
			case MONTH -> startOf(date).plusMonths(1);
			case QUARTER -> startOf(date).plusMonths(3);
		};
	}

	static Optional<ReportingPeriod> fromKey(String key) {
		for (ReportingPeriod period : values()) {
			if (period.key.equals(key)) {
				return Optional.of(period);
			}
		}
		return Optional.empty();
	}

}
