package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HoldingTimesTest {

	@Test
	void eachHolderHoldsFromTheirAssignmentUntilTheNextOrTheEnd() {
		List<ClockEvent> log = List.of(event(ClockEventType.STARTED, "09:00", null),
				event(ClockEventType.REASSIGNED, "09:30", "mo"), event(ClockEventType.WARNED, "10:00", "mo"),
				event(ClockEventType.REASSIGNED, "10:15", "lena"), event(ClockEventType.MET, "10:45", "lena"));

		assertThat(HoldingTimes.of(log, at("10:45"))).containsExactly(entry(HoldingTimes.UNASSIGNED, "PT30M"),
				entry("mo", "PT45M"), entry("lena", "PT30M"));
	}

	@Test
	void aHolderWhoHadTheItemTwiceGetsBothStretches() {
		List<ClockEvent> log = List.of(event(ClockEventType.STARTED, "09:00", "mo"),
				event(ClockEventType.REASSIGNED, "09:10", null), event(ClockEventType.REASSIGNED, "09:40", "mo"));

		assertThat(HoldingTimes.of(log, at("10:00"))).containsExactly(entry("mo", "PT30M"),
				entry(HoldingTimes.UNASSIGNED, "PT30M"));
	}

	@Test
	void leavesOutHoldersOfNoTimeAndAnEmptyLog() {
		List<ClockEvent> log = List.of(event(ClockEventType.STARTED, "09:00", null),
				event(ClockEventType.REASSIGNED, "09:00", "mo"));

		assertThat(HoldingTimes.of(log, at("09:20"))).containsExactly(entry("mo", "PT20M"));
		assertThat(HoldingTimes.of(List.of(), at("09:20"))).isEmpty();
	}

	private static Map.Entry<String, Duration> entry(String holder, String duration) {
		return Map.entry(holder, Duration.parse(duration));
	}

	private static ClockEvent event(ClockEventType type, String time, String holder) {
		return ClockEvent.of("clock-1", type, at(time), holder, null);
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-23T" + time + ":00Z");
	}

}
