package org.communityops.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.communityops.sla.clock.ClockRecord;

/**
 * Reads clocks on a thread of its own while the caller's thread judges and writes those
 * read before, so that the database's and driver's work on the next rows overlaps the
 * report's work on the last ones instead of waiting for it. Holds at most
 * {@value #BATCHES} batches of {@value #BATCH} clocks; the reader waits while they are
 * full. A failure of the reader is thrown on the caller's thread; a failure of the caller
 * stops the reader (which then rolls its transaction back); either way the reader has
 * ended when {@link #run} returns.
 */
final class ReadAhead {

	static final int BATCH = 256;

	static final int BATCHES = 8;

	private static final List<ClockRecord> END = List.of();

	private static final AtomicInteger THREADS = new AtomicInteger();

	/** Reads every clock, handing each to its argument, on the reader's thread. */
	@FunctionalInterface
	interface Reader {

		void read(Consumer<ClockRecord> each);

	}

	private final BlockingQueue<List<ClockRecord>> batches = new ArrayBlockingQueue<>(BATCHES);

	private volatile boolean abandoned;

	private volatile RuntimeException failure;

	private List<ClockRecord> batch = new ArrayList<>(BATCH);

	private ReadAhead() {
	}

	/** Hands each clock the reader reads to {@code each}, in order, on this thread. */
	static void run(Reader reader, Consumer<ClockRecord> each) {
		ReadAhead ahead = new ReadAhead();
		Thread thread = new Thread(() -> ahead.produce(reader), "report-read-ahead-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		thread.start();
		try {
			ahead.consume(each);
		}
		catch (RuntimeException | Error ex) {
			ahead.abandoned = true;
			throw ex;
		}
		finally {
			ahead.batches.clear();
			join(thread);
		}
	}

	private void produce(Reader reader) {
		try {
			reader.read(clock -> {
				batch.add(clock);
				if (batch.size() == BATCH) {
					hand(batch);
					batch = new ArrayList<>(BATCH);
				}
			});
			hand(batch);
		}
		catch (CancellationException ex) {
			return;
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		try {
			hand(END);
		}
		catch (CancellationException ex) {
			// the caller gave up first and reads no further
		}
	}

	/** Waits for room, unless the caller gave up: then ends the read. */
	private void hand(List<ClockRecord> clocks) {
		try {
			do {
				if (abandoned) {
					throw new CancellationException("the report stopped reading");
				}
			}
			while (!batches.offer(clocks, 100, TimeUnit.MILLISECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted");
		}
	}

	private void consume(Consumer<ClockRecord> each) {
		try {
			for (List<ClockRecord> clocks = batches.take(); clocks != END; clocks = batches.take()) {
				clocks.forEach(each);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the period's clocks", ex);
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static void join(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
