package org.communityops.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Hands the pending deadlines that come up within the horizon to the
 * {@link DeadlineScheduler}. A clock plans its next deadline as a job only when it is
 * near; a far-off one waits on the clock, and this sweep, run periodically by the job
 * executor, turns it into a job before it is due. A deadline that passed while the
 * application was down is handed over by the first sweep after the start and fires at
 * once, stamped with the moment it was due.
 */
@Component
public class DeadlineSweep {

	static final int BATCH = 500;

	private final SlaClocks clocks;

	private final DeadlineScheduler scheduler;

	private final Duration horizon;

	DeadlineSweep(SlaClocks clocks, DeadlineScheduler scheduler, ClockProperties properties) {
		this.clocks = clocks;
		this.scheduler = scheduler;
		this.horizon = properties.deadlineHorizon();
	}

	/**
	 * Schedules a job for each pending deadline before {@code now} plus the horizon, at
	 * most a batch of them.
	 * @return whether more may be waiting, so the sweep should run again at once
	 */
	public boolean handOverUpcoming(Instant now) {
		List<SlaClock> upcoming = clocks.findPendingDeadlinesBefore(now.plus(horizon), BATCH);
		for (SlaClock clock : upcoming) {
			String job = scheduler.schedule(clock.id(), clock.client(), clock.pendingDeadlineAt());
			clock.deadlineScheduled(job);
			if (!clocks.updateIfUnchanged(clock)) {
				// the clock changed meanwhile (stopped, paused, re-targeted) and planned
				// its own next deadline
				scheduler.cancel(job);
			}
		}
		return upcoming.size() == BATCH;
	}

}
