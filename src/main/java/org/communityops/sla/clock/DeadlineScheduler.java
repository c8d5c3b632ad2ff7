package org.communityops.sla.clock;

import java.time.Instant;

/**
 * Runs {@link ClockKeeper#deadlineReached} for a clock at an instant: persistently,
 * retried on failure, once across all nodes, and late rather than never when the
 * application was down. Implemented on the engine's job executor.
 */
public interface DeadlineScheduler {

	/**
	 * Schedules the clock's next deadline and returns a handle to cancel it by. The
	 * deadline belongs to the clock's client: only those who see the client's work see
	 * it.
	 */
	String schedule(String clockId, String client, Instant at);

	/**
	 * Cancels a scheduled deadline; a null handle (nothing scheduled), or one that
	 * already ran or vanished, is ignored.
	 */
	void cancel(String handle);

}
