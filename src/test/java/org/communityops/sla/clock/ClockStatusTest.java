package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.communityops.sla.policy.Priority;
import org.junit.jupiter.api.Test;

class ClockStatusTest {

	private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void aRunningClockIsAtRiskOnceAWarningFiredAndBreachedOnceItsDueTimePassed() {
		SlaClock clock = started();
		assertThat(ClockStatus.of(clock)).isEqualTo(ClockStatus.RUNNING);

		clock.warned(START.plusSeconds(3600), "50%");
		assertThat(ClockStatus.of(clock)).isEqualTo(ClockStatus.AT_RISK);

		clock.breached(START.plusSeconds(7200));
		assertThat(ClockStatus.of(clock)).isEqualTo(ClockStatus.BREACHED);
		assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
	}

	@Test
	void aStoppedClockIsMetOrBreachedAndACancelledOneIsCancelledEvenAfterABreach() {
		SlaClock met = started();
		met.stop(START.plusSeconds(60));
		SlaClock late = started();
		late.breached(START.plusSeconds(7200));
		late.stop(START.plusSeconds(9000));
		SlaClock withdrawn = started();
		withdrawn.breached(START.plusSeconds(7200));
		withdrawn.cancel(START.plusSeconds(9000), "deleted");

		assertThat(ClockStatus.of(met)).isEqualTo(ClockStatus.MET);
		assertThat(ClockStatus.of(late)).isEqualTo(ClockStatus.BREACHED);
		assertThat(ClockStatus.of(withdrawn)).isEqualTo(ClockStatus.CANCELLED);
	}

	@Test
	void readsTheKeysTheApiTakes() {
		assertThat(ClockStatus.fromKey("at-risk")).contains(ClockStatus.AT_RISK);
		assertThat(ClockStatus.fromKey("AT_RISK")).isEmpty();
		assertThat(ClockStatus.keys()).isEqualTo("running, paused, at-risk, breached, met, cancelled");
	}

	private static SlaClock started() {
		return SlaClock.start(new TimedItem("northwind", "MemberSupportProcess", "instance-1", "task-1",
				"Task_FirstResponse", Priority.fromVariable("normal"), null, START), "first-response", 1,
				Duration.ofHours(2));
	}

}
