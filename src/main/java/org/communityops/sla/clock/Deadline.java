package org.communityops.sla.clock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.calendar.Pause;
import org.communityops.sla.policy.Percent;
import org.communityops.sla.policy.SlaTarget;

/**
 * The next moment a running clock must act on: its next warning threshold, or its breach
 * once every warning fired.
 *
 * @param threshold the share of the allowance this deadline stands for, e.g. {@code 75%};
 * {@code 100%} for a breach
 */
record Deadline(boolean isBreach, Instant at, String threshold) {

	static Optional<Deadline> next(SlaClock clock, SlaTarget target, BusinessCalendar calendar, List<Pause> pauses) {
		if (clock.state() != ClockState.RUNNING) {
			return Optional.empty();
		}
		List<Percent> warnings = target.warnAt();
		if (clock.warningsFired() < warnings.size()) {
			Percent share = warnings.get(clock.warningsFired());
			return calendar.due(clock.startedAt(), share(clock.within(), share), pauses)
				.map(at -> new Deadline(false, at, share.toString()));
		}
		if (clock.breachedAt() == null) {
			return calendar.due(clock.startedAt(), clock.within(), pauses).map(at -> new Deadline(true, at, "100%"));
		}
		return Optional.empty();
	}

	/** The first warning's moment, or empty when the target warns at nothing. */
	static Optional<Instant> firstWarning(SlaClock clock, SlaTarget target, BusinessCalendar calendar,
			List<Pause> pauses) {
		return target.warnAt().isEmpty() ? Optional.empty()
				: calendar.due(clock.startedAt(), share(clock.within(), target.warnAt().get(0)), pauses);
	}

	private static Duration share(Duration within, Percent share) {
		return Duration.ofNanos(new BigDecimal(within.toNanos()).multiply(share.fraction()).longValue());
	}

}
