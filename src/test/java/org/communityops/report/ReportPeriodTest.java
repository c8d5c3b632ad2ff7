package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.communityops.sla.policy.ReportingPeriod;
import org.communityops.web.BadRequestException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aMonthRunsFromLocalMidnightToTheNextMonthsInTheContractsZone() {
		ReportPeriod october = ReportPeriod.parse("2026-10", ReportingPeriod.MONTH, BERLIN, "northwind");

		assertThat(october.startInstant()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
		assertThat(october.endInstant()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
		assertThat(october.lastDay()).hasToString("2026-10-31");
	}

	@Test
	void aQuarterIsWrittenWithItsNumber() {
		ReportPeriod q4 = ReportPeriod.parse("2026-Q4", ReportingPeriod.QUARTER, ZoneId.of("Asia/Kolkata"), "initech");

		assertThat(q4.start()).hasToString("2026-10-01");
		assertThat(q4.end()).hasToString("2027-01-01");
	}

	@Test
	void theCurrentPeriodIsTheOneContainingTheInstantInTheContractsZone() {
		// 23:30 UTC on 31 October is already 1 November in Berlin
		ReportPeriod month = ReportPeriod.containing(Instant.parse("2026-10-31T23:30:00Z"), ReportingPeriod.MONTH,
				BERLIN);
		ReportPeriod quarter = ReportPeriod.containing(Instant.parse("2026-11-15T12:00:00Z"), ReportingPeriod.QUARTER,
				BERLIN);

		assertThat(month).isEqualTo(ReportPeriod.parse("2026-11", ReportingPeriod.MONTH, BERLIN, "northwind"));
		assertThat(quarter).isEqualTo(ReportPeriod.parse("2026-Q4", ReportingPeriod.QUARTER, BERLIN, "initech"));
	}

	@Test
	void aPeriodInTheOtherFormIsABadRequestNamingTheExpectedForm() {
		assertThatThrownBy(() -> ReportPeriod.parse("2026-10", ReportingPeriod.QUARTER, BERLIN, "initech"))
			.isInstanceOf(BadRequestException.class)
			.hasMessage("period '2026-10' is not a quarter; initech reports quarterly: expected YYYY-Qn, e.g. 2026-Q4");
		assertThatThrownBy(() -> ReportPeriod.parse("2026-00", ReportingPeriod.MONTH, BERLIN, "northwind"))
			.hasMessageContaining("expected YYYY-MM");
	}

}
