package org.communityops.sla.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * How urgent an item is, from the process variable {@code priority}; {@link #NORMAL} when
 * absent or unknown.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT;

	/**
	 * The value of the process variable {@code priority}: a name in any case; anything
	 * else counts as NORMAL.
	 */
	public static Priority fromVariable(Object variable) {
		if (variable instanceof Priority priority) {
			return priority;
		}
		return variable == null ? NORMAL : fromKey(variable.toString()).orElse(NORMAL);
	}

	/**
	 * The priority named {@code low}, {@code normal}, {@code high} or {@code urgent} (any
	 * case).
	 */
	public static Optional<Priority> fromKey(String key) {
		for (Priority priority : values()) {
			if (priority.key().equalsIgnoreCase(key.trim())) {
				return Optional.of(priority);
			}
		}
		return Optional.empty();
	}

	/** The name used in policy files and process variables, e.g. {@code urgent}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
