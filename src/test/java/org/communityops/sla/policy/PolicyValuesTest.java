package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PolicyValuesTest {

	private final SlaPolicy policy = PolicyParser.parse("northwind.yaml", PolicyTexts.VALID).policyOrThrow();

	@Test
	void readsPercentagesWithDecimals() {
		assertThat(Percent.parse("12.5%")).contains(new Percent(new BigDecimal("12.5")));
		assertThat(Percent.of("95.0%")).isEqualTo(Percent.of("95%")).hasToString("95%");
		assertThat(Percent.of("12.5%").fraction()).isEqualByComparingTo("0.125");
		assertThat(Percent.parse("101%")).isEmpty();
		assertThat(Percent.parse("95")).isEmpty();
	}

	@Test
	void readsDurationsInShortAndIsoForm() {
		assertThat(DurationSyntax.parse("1h30m").duration()).isEqualTo(Duration.ofMinutes(90));
		assertThat(DurationSyntax.parse("45s").duration()).isEqualTo(Duration.ofSeconds(45));
		assertThat(DurationSyntax.parse("PT4H").duration()).isEqualTo(Duration.ofHours(4));
		assertThat(DurationSyntax.parse("2d").countsDays()).isTrue();
		assertThat(DurationSyntax.parse("P1DT2H").countsDays()).isTrue();
		assertThat(DurationSyntax.parse("PT24H").countsDays()).isFalse();
		assertThat(DurationSyntax.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
	}

	@Test
	void takesThePriorityFromTheProcessVariableDefaultingToNormal() {
		assertThat(Priority.fromVariable("urgent")).isEqualTo(Priority.URGENT);
		assertThat(Priority.fromVariable(" High ")).isEqualTo(Priority.HIGH);
		assertThat(Priority.fromVariable(null)).isEqualTo(Priority.NORMAL);
		assertThat(Priority.fromVariable("asap")).isEqualTo(Priority.NORMAL);
		assertThat(Priority.fromVariable(3)).isEqualTo(Priority.NORMAL);
	}

	@Test
	void owesTheCreditOfTheMostSevereTierThatApplies() {
		SlaTarget target = policy.target("first-response").orElseThrow();

		assertThat(target.creditFor(Percent.of("96%"))).isEqualTo(Percent.ZERO);
		assertThat(target.creditFor(Percent.of("95%"))).isEqualTo(Percent.ZERO);
		assertThat(target.creditFor(Percent.of("94.9%"))).isEqualTo(Percent.of("5%"));
		assertThat(target.creditFor(Percent.of("80%"))).isEqualTo(Percent.of("10%"));
	}

	@Test
	void capsTheCreditsOfAPeriodAtTheCreditCap() {
		Contract contract = policy.contract();

		assertThat(contract.creditAmount(Percent.of("5%"))).isEqualByComparingTo("600.00");
		assertThat(contract.creditAmount(Percent.of("10%"), Percent.of("10%"), Percent.of("5%")))
			.isEqualByComparingTo("2400.00");
	}

	@Test
	void governsClocksStartedOnOrAfterTheEffectiveDateInTheCalendarZone() {
		assertThat(policy.governsClocksStartedAt(Instant.parse("2025-12-31T23:30:00Z"))).isTrue();
		assertThat(policy.governsClocksStartedAt(Instant.parse("2025-12-31T22:59:59Z"))).isFalse();
	}

	@Test
	void findsTheReportingPeriodOfADate() {
		assertThat(ReportingPeriod.QUARTER.startOf(LocalDate.of(2026, 5, 17))).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(ReportingPeriod.QUARTER.endOf(LocalDate.of(2026, 5, 17))).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(ReportingPeriod.MONTH.startOf(LocalDate.of(2026, 5, 17))).isEqualTo(LocalDate.of(2026, 5, 1));
	}

}
