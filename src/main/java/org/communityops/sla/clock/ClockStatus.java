package org.communityops.sla.clock;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A clock's state as the API, the metrics and the dashboard report it. Every clock is in
 * exactly one of them, so the states partition the clocks; the first that applies wins:
 * <ul>
 * <li>{@code cancelled}: the item was deleted or withdrawn (state CANCELLED), even after
 * a breach;</li>
 * <li>{@code met}: stopped in time (state MET);</li>
 * <li>{@code breached}: its breach moment was reached ({@code breachedAt} set), whether
 * it is still open or was stopped as BREACHED;</li>
 * <li>{@code at-risk}: open (RUNNING or PAUSED), not breached, and at least one warning
 * fired;</li>
 * <li>{@code paused}: PAUSED, no warning fired;</li>
 * <li>{@code running}: RUNNING, no warning fired.</li>
 * </ul>
 * {@link #of} and {@link #condition} are the same rule, in Java and in SQL over
 * {@code sla_clock}.
 */
public enum ClockStatus {

	RUNNING("running", "state = 'RUNNING' and warnings_fired = 0 and breached_at is null"),
	PAUSED("paused", "state = 'PAUSED' and warnings_fired = 0 and breached_at is null"),
	AT_RISK("at-risk", "state in ('RUNNING', 'PAUSED') and warnings_fired > 0 and breached_at is null"),
	BREACHED("breached", "breached_at is not null and state <> 'CANCELLED'"), MET("met", "state = 'MET'"),
	CANCELLED("cancelled", "state = 'CANCELLED'");

	private final String key;

	private final String condition;

	ClockStatus(String key, String condition) {
		this.key = key;
		this.condition = condition;
	}

	static ClockStatus of(SlaClock clock) {
		return switch (clock.state()) {
			case CANCELLED -> CANCELLED;
			case MET -> MET;
			case BREACHED -> BREACHED;
			case RUNNING, PAUSED -> {
				if (clock.breachedAt() != null) {
					yield BREACHED;
				}
				if (clock.warningsFired() > 0) {
					yield AT_RISK;
				}
				yield clock.state() == ClockState.PAUSED ? PAUSED : RUNNING;
			}
		};
	}

	static Optional<ClockStatus> fromKey(String key) {
		return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
	}

	static String keys() {
		return Arrays.stream(values()).map(ClockStatus::key).collect(Collectors.joining(", "));
	}

	/** The state's name in the API and the metrics, e.g. {@code at-risk}. */
	public String key() {
		return key;
	}

	/**
	 * The SQL condition on a {@code sla_clock} row that selects the clocks in this state.
	 */
	String condition() {
		return condition;
	}

}
