package org.communityops.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PublicHolidaysTests {

	@Test
	void berlinClosesOnWhitMondayAndWomensDay() {
		assertThat(PublicHolidays.of("DE", "be").in(2025)).contains(LocalDate.parse("2025-06-09"),
				LocalDate.parse("2025-03-08"));
	}

	@Test
	void womensDayIsNotAHolidayInBavaria() {
		assertThat(PublicHolidays.of("de", "BY").in(2025)).doesNotContain(LocalDate.parse("2025-03-08"))
			.contains(LocalDate.parse("2025-01-06"));
	}

	@Test
	void holidayOnAWeekendIsClosedOnTheDayItIsObserved() {
		// Christmas 2022 fell on a Sunday; England observed it on Tuesday 27 December
		assertThat(PublicHolidays.of("GB", "eng").in(2022)).contains(LocalDate.parse("2022-12-27"));
	}

	@Test
	void unknownCountryIsRejectedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> PublicHolidays.of("XX")).withMessageContaining("'XX'");
	}

	@Test
	void unknownSubdivisionIsRejectedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> PublicHolidays.of("DE", "zz"))
			.withMessageContaining("'zz'")
			.withMessageContaining("'DE'");
	}

}
