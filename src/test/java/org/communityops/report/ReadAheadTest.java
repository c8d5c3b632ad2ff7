package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.communityops.sla.clock.ClockRecord;
import org.communityops.sla.clock.ClockState;
import org.junit.jupiter.api.Test;

/**
 * The reader on its own thread, the caller on its own: order, failures on either side,
 * and the reader's end.
 */
class ReadAheadTest {

	@Test
	void handsEveryClockTheReaderReadsToTheCallerInOrderOnTheCallersThread() {
		List<String> seen = new ArrayList<>();
		AtomicReference<Thread> readerThread = new AtomicReference<>();

		ReadAhead.run(each -> {
			readerThread.set(Thread.currentThread());
			for (int i = 0; i < 5 * ReadAhead.BATCH + 3; i++) {
				each.accept(clock("c" + i));
			}
		}, clock -> seen.add(clock.id()));

		assertThat(seen).hasSize(5 * ReadAhead.BATCH + 3).startsWith("c0", "c1").endsWith("c1282");
		assertThat(readerThread.get()).isNotSameAs(Thread.currentThread());
		assertThat(readerThread.get().isAlive()).isFalse();
	}

	@Test
	void throwsTheReadersFailureOnTheCallersThreadOnceTheReaderHasEnded() {
		AtomicReference<Thread> readerThread = new AtomicReference<>();

		assertThatThrownBy(() -> ReadAhead.run(each -> {
			readerThread.set(Thread.currentThread());
			each.accept(clock("c0"));
			throw new IllegalStateException("database gone");
		}, clock -> {
		})).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
		assertThat(readerThread.get().isAlive()).isFalse();
	}

	@Test
	void stopsTheReaderWhenTheCallerFailsAndReturnsOnlyOnceItHasEnded() {
		AtomicInteger read = new AtomicInteger();
		AtomicReference<Thread> readerThread = new AtomicReference<>();

		assertThatThrownBy(() -> ReadAhead.run(each -> {
			readerThread.set(Thread.currentThread());
			for (int i = 0; i < 1_000_000; i++) {
				each.accept(clock("c" + i));
				read.incrementAndGet();
			}
		}, clock -> {
			throw new IllegalArgumentException("sheet full");
		})).hasMessage("sheet full");
		assertThat(readerThread.get().isAlive()).isFalse();
		assertThat(read.get()).isLessThan((ReadAhead.BATCHES + 3) * ReadAhead.BATCH);
	}

	private static ClockRecord clock(String id) {
		Instant at = Instant.parse("2026-10-05T08:00:00Z");
		return new ClockRecord(id, "first-response", 1, "instance", "task", "Task_FirstResponse", 3_600_000,
				ClockState.MET, at, at.plusSeconds(3600), null, at.plusSeconds(600), "mo", List.of());
	}

}
