package org.communityops.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeeklyHoursTests {

	@Test
	void rangeMayEndAt2400() {
		TimeRange late = TimeRange.parse("22:00-24:00");
		assertThat(late.end()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(late.endNanoOfDay()).isEqualTo(TimeRange.NANOS_PER_DAY);
		assertThat(late).hasToString("22:00-24:00");
	}

	@Test
	void rangeMustEndAfterItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.parse("17:00-09:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.parse("9-17"));
	}

	@Test
	void overlappingRangesAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WeeklyHours.closed().with(MONDAY, "09:00-12:00, 11:00-17:00"))
			.withMessageContaining("overlap");
	}

	@Test
	void unsortedRangesAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WeeklyHours.closed().with(MONDAY, "13:00-17:00, 09:00-12:00"));
	}

	@Test
	void dayRangeWrapsPastSunday() {
		WeeklyHours hours = WeeklyHours.closed().with(FRIDAY, MONDAY, "10:00-14:00");
		assertThat(hours.on(SUNDAY)).containsExactly(TimeRange.parse("10:00-14:00"));
		assertThat(hours.on(java.time.DayOfWeek.TUESDAY)).isEmpty();
		assertThat(hours.isEverOpen()).isTrue();
		assertThat(WeeklyHours.closed().isEverOpen()).isFalse();
	}

	@Test
	void closingADayAgainEqualsNeverOpeningIt() {
		assertThat(WeeklyHours.closed().with(MONDAY, "09:00-17:00").with(MONDAY, List.of()))
			.isEqualTo(WeeklyHours.closed());
	}

}
