package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetargetingTest {

	private static final Instant AT = Instant.parse("2026-11-23T09:40:00Z");

	@Test
	void readsTheOldAndNewAllowanceOfARetargetingBeforeTheBreach() {
		ClockEvent entry = ClockEvent.of("c1", ClockEventType.RETARGETED, AT, "mo", "normal PT4H -> urgent PT1H");

		assertThat(Retargeting.of(entry))
			.contains(new Retargeting(AT, "normal", Duration.ofHours(4), "urgent", Duration.ofHours(1), null));
		assertThat(Retargeting.of(entry).orElseThrow().judgedBy()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void keepsTheOldAllowanceForARetargetingAfterTheBreach() {
		ClockEvent entry = ClockEvent.of("c1", ClockEventType.RETARGETED, AT, null,
				"normal PT4H -> low PT8H after the breach at 2026-11-23T13:00:00Z, which stands with PT4H");

		Retargeting change = Retargeting.of(entry).orElseThrow();

		assertThat(change.afterBreach()).isTrue();
		assertThat(change.breachedAt()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
		assertThat(change.judgedBy()).isEqualTo(Duration.ofHours(4));
		assertThat(change.detail()).isEqualTo(entry.detail());
	}

	@Test
	void writesTheDetailItReadsBack() {
		Retargeting change = new Retargeting(AT, "high", Duration.ofMinutes(90), "low", Duration.ofHours(8), null);

		assertThat(Retargeting.of(ClockEvent.of("c1", ClockEventType.RETARGETED, AT, null, change.detail())))
			.contains(change);
	}

	@Test
	void isNoRetargetingForOtherEntries() {
		assertThat(Retargeting.of(ClockEvent.of("c1", ClockEventType.WARNED, AT, null, "50%"))).isEmpty();
		assertThat(Retargeting.of(ClockEvent.of("c1", ClockEventType.STARTED, AT, null, "within PT4H"))).isEmpty();
	}

}
