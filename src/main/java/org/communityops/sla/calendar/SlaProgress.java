package org.communityops.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an SLA target stands at some instant.
 *
 * @param due when the target is used up; empty while an open pause stops the clock short
 * of it
 * @param elapsed business time since the start, outside pauses
 * @param remaining {@code within - elapsed}; negative once the target is overrun
 * @param percent {@code 100 * elapsed / within} (100 for a zero target)
 */
public record SlaProgress(Optional<Instant> due, Duration elapsed, Duration remaining, double percent) {

	static SlaProgress of(Optional<Instant> due, Duration within, Duration elapsed) {
		double percent = within.isZero() ? 100.0 : 100.0 * elapsed.toNanos() / within.toNanos();
		return new SlaProgress(due, elapsed, within.minus(elapsed), percent);
	}

}
