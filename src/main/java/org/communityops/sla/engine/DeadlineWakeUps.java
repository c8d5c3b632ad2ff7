package org.communityops.sla.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's job executor at the moment a deadline job it scheduled falls due, so
 * that a breach is escalated at once rather than at the executor's next look for due
 * jobs, up to its {@code max-wait} later. Moments are rounded up to the next
 * {@value #SLOT_MILLIS} ms, so deadlines falling together wake it once. Other nodes, and
 * this one after a restart, find the job at their next look; a wake-up for a job that is
 * gone costs one empty acquisition.
 */
@Component
class DeadlineWakeUps implements DisposableBean {

	static final long SLOT_MILLIS = 50;

	/**
	 * Farther off, the executor's regular looks are soon enough; the sweep plans jobs two
	 * intervals ahead anyway.
	 */
	static final Duration HORIZON = Duration.ofMinutes(10);

	private final SlaKeepers keepers;

	private final Set<Long> slots = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "sla-deadline-wake-up");
		thread.setDaemon(true);
		return thread;
	});

	DeadlineWakeUps(SlaKeepers keepers) {
		this.keepers = keepers;
	}

	/**
	 * Wakes the job executor at {@code due} (engine time), once the command that
	 * scheduled the job has committed.
	 */
	void wakeWhenDue(CommandContext command, Instant due) {
		command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> at(due));
	}

	private void at(Instant due) {
		long slot = Math.floorDiv(due.toEpochMilli() + SLOT_MILLIS - 1, SLOT_MILLIS) * SLOT_MILLIS;
		long delay = slot - ClockUtil.getCurrentTime().getTime();
		if (delay > HORIZON.toMillis() || timer.isShutdown() || !slots.add(slot)) {
			return;
		}
		timer.schedule(() -> {
			slots.remove(slot);
			JobExecutor executor = keepers.jobExecutor();
			if (executor != null && executor.isActive()) {
				executor.jobWasAdded();
			}
		}, Math.max(0, delay), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

}
