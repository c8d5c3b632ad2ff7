package org.communityops.sla.policy;

import java.util.Optional;

/**
 * Which time a target's clock counts: the client's business hours, or every hour of every
 * day.
 */
public enum ClockKind {

	/** Only the calendar's opening hours count, holidays excluded (the default). */
	BUSINESS("business"),
	/** Every hour counts: nights, weekends and holidays too. */
	TWENTY_FOUR_SEVEN("24x7");

	private final String key;

	ClockKind(String key) {
		this.key = key;
	}

	/** The value of {@code clock:} in a policy file. */
	public String key() {
		return key;
	}

	static Optional<ClockKind> fromKey(String key) {
		for (ClockKind kind : values()) {
			if (kind.key.equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
