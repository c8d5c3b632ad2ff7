package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ClockIdsTest {

	@Test
	void idsOfClocksStartedLaterSortLaterAsText() {
		Instant start = Instant.parse("2026-10-05T08:00:00Z");
		String earlier = ClockIds.next(start);
		String sameMillisecond = ClockIds.next(start);
		String later = ClockIds.next(start.plusMillis(1));

		assertThat(earlier).isLessThan(later);
		assertThat(sameMillisecond).isLessThan(later).isNotEqualTo(earlier);
	}

	@Test
	void idIsAVersionSevenUuidCarryingTheStartMillisecond() {
		Instant start = Instant.parse("2026-10-05T08:00:00.123Z");
		UUID id = UUID.fromString(ClockIds.next(start, new SplittableRandom(1)));

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(start.toEpochMilli());
	}

	@Test
	void rejectsAStartBefore1970() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClockIds.next(Instant.parse("1969-12-31T23:59:59Z")))
			.withMessageContaining("1969-12-31T23:59:59Z");
	}

}
