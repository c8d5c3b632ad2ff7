package org.communityops.sla.calendar;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A span {@code [from, to)} during which the SLA clock stands still (e.g. waiting for the
 * client). A {@code null} {@code to} means the pause is still open: the clock stands
 * still from {@code from} on.
 */
public record Pause(Instant from, Instant to) {

	public Pause {
		Objects.requireNonNull(from, "from");
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("Pause must not end (" + to + ") before it starts (" + from + ")");
		}
	}

	/** A pause that has ended. */
	public static Pause between(Instant from, Instant to) {
		return new Pause(from, Objects.requireNonNull(to, "to"));
	}

	/** A pause that is still going on. */
	public static Pause openSince(Instant from) {
		return new Pause(from, null);
	}

	public boolean isOpen() {
		return to == null;
	}

	public Optional<Instant> end() {
		return Optional.ofNullable(to);
	}

}
