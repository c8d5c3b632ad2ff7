package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.communityops.report.ComplianceReport.TargetLine;
import org.communityops.report.ComplianceReport.TimeSplit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exact figures of the hand-built fixture (see {@link AcmeOctober} for how each is
 * counted).
 */
class ComplianceFiguresTest extends ReportContext {

	@Autowired
	ComplianceReports reports;

	@Autowired
	ReportScopes scopes;

	@Test
	void countsEachTargetsItemsDueInTheClosedPeriodAsTheyStoodAtItsEnd() {
		ComplianceReport october = reports.build(scopes.resolve("acme", "2026-10"), BreachSink.NONE);

		assertThat(october.asOf()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		assertThat(october.partial()).isFalse();
		assertThat(october.targets())
			.extracting(line -> line.id() + " " + line.due() + " " + line.met() + " " + line.breached() + " "
					+ line.runningBreached() + " " + line.pending() + " " + line.complianceRate() + " " + line.result())
			.containsExactly("first-response 6 3 1 2 0 50.00 fail", "triage 2 1 1 0 0 50.00 fail",
					"content-turnaround 2 1 1 0 0 50.00 fail", "client-approval 1 1 0 0 0 100.00 no objective");
		assertThat(october.totals().due()).isEqualTo(11);
		assertThat(october.totals().complianceRate()).isEqualByComparingTo("54.54");
	}

	@Test
	void givesTheMedianAndP90BusinessTimeToCompleteByNearestRank() {
		List<TargetLine> lines = reports.build(scopes.resolve("acme", "2026-10"), BreachSink.NONE).targets();

		assertThat(lines).extracting(TargetLine::medianTimeToComplete)
			.containsExactly(Duration.ofHours(3), Duration.ofMinutes(30), Duration.ofHours(10), Duration.ofHours(24));
		assertThat(lines).extracting(TargetLine::p90TimeToComplete)
			.containsExactly(Duration.ofMinutes(390), Duration.ofHours(3), Duration.ofHours(17), Duration.ofHours(24));
	}

	@Test
	void capsTheSumOfTheTargetsCreditsAtTheContractsCap() {
		ComplianceReport october = reports.build(scopes.resolve("acme", "2026-10"), BreachSink.NONE);

		assertThat(october.targets())
			.extracting(line -> line.creditPercent().toPlainString() + "% " + line.creditAmount().toPlainString())
			.containsExactly("10% 1000.00", "6% 600.00", "8% 800.00", "0% 0.00");
		assertThat(october.credits().percentBeforeCap()).isEqualByComparingTo("24");
		assertThat(october.credits().amountBeforeCap()).isEqualTo(new BigDecimal("2400.00"));
		assertThat(october.credits().capped()).isTrue();
		assertThat(october.credits().percentOwed()).isEqualByComparingTo("20");
		assertThat(october.credits().owed()).isEqualTo(new BigDecimal("2000.00"));
		assertThat(october.credits().currency()).isEqualTo("EUR");
	}

	@Test
	void splitsBusinessTimeBetweenAgencyClientAndNobodyFromTheLog() {
		ComplianceReport october = reports.build(scopes.resolve("acme", "2026-10"), BreachSink.NONE);

		assertThat(october.targets()).extracting(TargetLine::timeSplit)
			.containsExactly(split(33 * 60 + 30, 3 * 60 + 30, 30), split(3 * 60 + 30, 0, 0), split(27 * 60, 8 * 60, 0),
					split(0, 23 * 60, 60));
		assertThat(october.totals().timeSplit()).isEqualTo(split(64 * 60, 34 * 60 + 30, 90));
	}

	@Test
	void handsEveryBreachToTheSinkInDueOrderWithOverrunAndHolderAtDue() {
		List<BreachedItem> breaches = new ArrayList<>();
		reports.build(scopes.resolve("acme", "2026-10"), breaches::add);

		assertThat(breaches)
			.extracting(item -> item.clockId() + " " + item.overrun() + " " + item.heldBy() + " " + item.completed())
			.containsExactly("T2 PT1H mo 2026-10-06T12:00:00Z", "FR3 PT2H30M cleo 2026-10-08T15:30:00Z",
					"J2 PT1H null 2026-10-21T10:00:00Z", "FR5 PT12H mo null", "FR8 PT4H mo null");
	}

	@Test
	void reportsTheWeeklyTrendFromTheWeekOfTheFirstDay() {
		ComplianceReport october = reports.build(scopes.resolve("acme", "2026-10"), BreachSink.NONE);

		assertThat(october.trend()).extracting(week -> week.weekStart() + " " + week.byTarget() + " " + week.all())
			.containsExactly("2026-09-28 {first-response=100.00} 100.00",
					"2026-10-05 {first-response=66.66, triage=50.00} 60.00",
					"2026-10-12 {content-turnaround=100.00, client-approval=100.00} 100.00",
					"2026-10-19 {content-turnaround=0.00} 0.00", "2026-10-26 {first-response=0.00} 0.00");
	}

	@Test
	void theCurrentPeriodIsPartialAndLeavesItemsNotYetDueOutOfTheRate() {
		ComplianceReport november = reports.build(scopes.resolve("acme", "2026-11"), BreachSink.NONE);

		assertThat(november.partial()).isTrue();
		assertThat(november.asOf()).isEqualTo(ReportTestSetup.NOW);
		TargetLine firstResponse = november.targets().get(0);
		assertThat(List.of(firstResponse.due(), firstResponse.met(), firstResponse.runningBreached(),
				firstResponse.pending()))
			.containsExactly(3, 1, 1, 1);
		assertThat(firstResponse.complianceRate()).isEqualByComparingTo("50");
		assertThat(november.trend()).extracting(week -> week.weekStart().toString())
			.containsExactly("2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23");
	}

	@Test
	void listsThePinnedPolicyVersionWithItsFullText() {
		ComplianceReport october = reports.build(scopes.resolve("acme", "2026-10"), BreachSink.NONE);

		assertThat(october.policies()).singleElement().satisfies(policy -> {
			assertThat(policy.version()).isEqualTo(1);
			assertThat(policy.terms()).isTrue();
			assertThat(policy.content()).contains("client: acme", "credit-cap: 20%");
		});
		assertThat(october.termsVersion()).isEqualTo(1);
	}

	private static TimeSplit split(long agencyMinutes, long clientMinutes, long unassignedMinutes) {
		return new TimeSplit(Duration.ofMinutes(agencyMinutes), Duration.ofMinutes(clientMinutes),
				Duration.ofMinutes(unassignedMinutes));
	}

}
