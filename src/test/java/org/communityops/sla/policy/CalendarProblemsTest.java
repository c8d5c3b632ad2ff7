package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.policy.PolicyTexts.problems;
import static org.communityops.sla.policy.PolicyTexts.replacing;

import org.junit.jupiter.api.Test;

class CalendarProblemsTest {

	@Test
	void suggestsTheRegionCityZoneForABareCity() {
		assertThat(problems(replacing("  zone: Europe/Berlin", "  zone: Berlin"))).containsExactly(
				"northwind.yaml:11:9: calendar.zone: 'Berlin' is not an IANA time zone id; did you mean 'Europe/Berlin'?");
		assertThat(problems(replacing("  zone: Europe/Berlin", "  zone: New York"))).containsExactly(
				"northwind.yaml:11:9: calendar.zone: 'New York' is not an IANA time zone id; did you mean 'America/New_York'?");
	}

	@Test
	void expectsTheRegionCityFormForAnUnknownZone() {
		assertThat(problems(replacing("  zone: Europe/Berlin", "  zone: +01:00"))).containsExactly(
				"northwind.yaml:11:9: calendar.zone: '+01:00' is not an IANA time zone id; expected the form"
						+ " Region/City, such as Europe/Berlin or America/New_York");
	}

	@Test
	void reportsABadDayKey() {
		assertThat(problems(replacing("    sat:", "    tues:")))
			.containsExactly("northwind.yaml:14:5: calendar.hours: 'tues' is not a day; did you mean 'tue'?");
		assertThat(problems(replacing("    sat:", "    weekend:"))).containsExactly(
				"northwind.yaml:14:5: calendar.hours: 'weekend' is not a day; expected mon, tue, wed, thu, fri, sat,"
						+ " sun or a range such as mon-fri");
		assertThat(problems(replacing("    mon-fri:", "    fri-mon:"))).containsExactly(
				"northwind.yaml:13:5: calendar.hours: 'fri-mon' runs backwards; expected a range from an earlier to a"
						+ " later day, such as mon-fri (split a range over the weekend, e.g. fri-sun and mon)");
	}

	@Test
	void reportsADayGivenTwice() {
		assertThat(problems(replacing("    sat:", "    mon:"))).containsExactly(
				"northwind.yaml:14:5: calendar.hours: mon is given twice, in 'mon-fri' and 'mon'; expected each day once");
	}

	@Test
	void reportsBadTimeRangesEachAtItsPosition() {
		assertThat(problems(replacing("    sat: [\"10:00-14:00\"]",
				"    sat: [\"10-14\", \"14:00-10:00\", \"10:00-10:00\", \"08:00-25:00\"]")))
			.containsExactly(
					"northwind.yaml:14:11: calendar.hours.sat[0]: '10-14' is not a time range; expected HH:MM-HH:MM"
							+ " such as 09:00-17:00",
					"northwind.yaml:14:20: calendar.hours.sat[1]: '14:00-10:00' ends before it starts; expected an end"
							+ " after the start (split hours across midnight, e.g. 22:00-24:00 and 00:00-06:00)",
					"northwind.yaml:14:35: calendar.hours.sat[2]: '10:00-10:00' is empty; expected an end after the start",
					"northwind.yaml:14:50: calendar.hours.sat[3]: '08:00-25:00' has no time 25:00; expected times from"
							+ " 00:00 to 23:59, and 24:00 as an end");
	}

	@Test
	void reportsOverlappingRangesOnOneDay() {
		assertThat(problems(replacing("    sat: [\"10:00-14:00\"]", "    sat: [\"10:00-14:00\", \"12:00-24:00\"]")))
			.containsExactly("northwind.yaml:14:26: calendar.hours.sat[1]: '12:00-24:00' overlaps '10:00-14:00';"
					+ " expected ranges that do not overlap");
	}

	@Test
	void requiresOpeningHoursWhenATargetCountsBusinessTime() {
		assertThat(problems(replacing("    mon-fri: [\"09:00-17:00\"]\n    sat: [\"10:00-14:00\"]", "    sun: []")))
			.containsExactly("northwind.yaml:13:5: calendar.hours: no opening hours, but business-clock targets need"
					+ " them; expected at least one day such as mon-fri: [\"09:00-17:00\"]");
	}

	@Test
	void reportsBadHolidays() {
		assertThat(problems(replacing("    country: DE", "    country: de"))).containsExactly(
				"northwind.yaml:16:14: calendar.holidays.country: 'de' is not an ISO 3166 country code; did you mean 'DE'?");
		assertThat(problems(replacing("    country: DE\n", ""))).containsExactly(
				"northwind.yaml:16:18: calendar.holidays.subdivision: a subdivision needs a country; expected"
						+ " country: as well, e.g. country: DE");
		assertThat(problems(replacing("[2026-12-24, 2026-12-31]", "[2026-12-24, 31.12.2026]"))).containsExactly(
				"northwind.yaml:18:25: calendar.holidays.dates[1]: '31.12.2026' is not a date; expected YYYY-MM-DD such"
						+ " as 2026-01-01");
	}

}
