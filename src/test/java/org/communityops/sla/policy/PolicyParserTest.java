package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.communityops.sla.calendar.TimeRange;
import org.junit.jupiter.api.Test;

class PolicyParserTest {

	private final ParsedPolicy parsed = PolicyParser.parse("northwind.yaml", PolicyTexts.VALID);

	@Test
	void readsAValidFileWithoutProblems() {
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.isValid()).isTrue();
		assertThat(parsed.policyOrThrow().client()).isEqualTo("northwind");
		assertThat(parsed.policyOrThrow().name()).isEqualTo("Northwind Traders community");
	}

	@Test
	void readsTheContract() {
		Contract contract = parsed.policyOrThrow().contract();

		assertThat(contract).isEqualTo(new Contract("NW-2026", LocalDate.of(2026, 1, 1), ReportingPeriod.MONTH,
				new BigDecimal("12000.00"), Currency.getInstance("EUR"), Percent.of("20%")));
	}

	@Test
	void readsTheCalendarWithDayRangesExpanded() {
		CalendarSpec calendar = parsed.policyOrThrow().calendar();

		assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(calendar.hoursOn(DayOfWeek.WEDNESDAY)).containsExactly(TimeRange.parse("09:00-17:00"));
		assertThat(calendar.hoursOn(DayOfWeek.SATURDAY)).map(TimeRange::toString).containsExactly("10:00-14:00");
		assertThat(calendar.hoursOn(DayOfWeek.SUNDAY)).isEmpty();
		assertThat(calendar.holidays()).isEqualTo(new HolidaySpec(Optional.of("DE"), Optional.of("be"),
				java.util.Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))));
	}

	@Test
	void readsATaskTargetWithTimesPerPriority() {
		SlaTarget target = parsed.policyOrThrow().target("first-response").orElseThrow();

		assertThat(target.scope()).isEqualTo(new TaskScope("Task_FirstResponse", Optional.empty()));
		assertThat(target.clock()).isEqualTo(ClockKind.BUSINESS);
		assertThat(target.within(Priority.URGENT)).isEqualTo(Duration.ofHours(1));
		assertThat(target.within(Priority.LOW)).isEqualTo(Duration.ofHours(8));
		assertThat(target.warnAt()).containsExactly(Percent.of("50%"), Percent.of("75%"));
		assertThat(target.objective()).contains(Percent.of("95%"));
		assertThat(target.credits()).containsExactly(new CreditTier(Percent.of("95%"), Percent.of("5%")),
				new CreditTier(Percent.of("90%"), Percent.of("10%")));
	}

	@Test
	void readsAJourneyTarget() {
		SlaTarget target = parsed.policyOrThrow().target("content-turnaround").orElseThrow();

		assertThat(target.scope()).isEqualTo(new JourneyScope("ContentApprovalProcess", JourneyEvent.PROCESS_START,
				JourneyEvent.PROCESS_END, List.of("Task_ClientApproval")));
		assertThat(target.within(Priority.URGENT)).isEqualTo(Duration.ofHours(16));
		assertThat(target.objective()).isEmpty();
		assertThat(target.credits()).isEmpty();
	}

	@Test
	void readsAJourneyBetweenElementsWhoseStopInheritsTheProcessAndATaskNarrowedToAProcess() {
		String yaml = PolicyTexts
			.replacing("    task: Task_FirstResponse",
					"    task: Task_FirstResponse\n    process: MemberSupportProcess")
			.replace("on: start}", "on: Task_ReviewContent}")
			.replace("stop: {process: ContentApprovalProcess, on: end}", "stop: {on: Task_PublishContent}");

		SlaPolicy policy = PolicyParser.parse("northwind.yaml", yaml).policyOrThrow();

		assertThat(policy.targets().get(0).scope())
			.isEqualTo(new TaskScope("Task_FirstResponse", Optional.of("MemberSupportProcess")));
		assertThat(policy.targets().get(1).scope())
			.isEqualTo(new JourneyScope("ContentApprovalProcess", JourneyEvent.reached("Task_ReviewContent"),
					JourneyEvent.reached("Task_PublishContent"), List.of("Task_ClientApproval")));
	}

	@Test
	void acceptsIsoDurationsMidnightEndsAndAMissingCreditCap() {
		String yaml = PolicyTexts.replacing("    within: 16h", "    within: PT1H30M")
			.replace("  credit-cap: 20%\n", "")
			.replace("sat: [\"10:00-14:00\"]", "sat: [\"00:00-06:00\", \"22:00-24:00\"]");

		SlaPolicy policy = PolicyParser.parse("northwind.yaml", yaml).policyOrThrow();

		assertThat(policy.targets().get(1).within(Priority.NORMAL)).isEqualTo(Duration.ofMinutes(90));
		assertThat(policy.contract().creditCap()).isEqualTo(Percent.HUNDRED);
		TimeRange late = policy.calendar().hoursOn(DayOfWeek.SATURDAY).get(1);
		assertThat(late.endsAtMidnight()).isTrue();
		assertThat(late.end()).isEqualTo(LocalTime.MIDNIGHT);
	}

	@Test
	void locatesEveryValueByPath() {
		assertThat(parsed.locations().position("contract.fee")).contains(new ParsedLocations.Position(7, 8));
		assertThat(parsed.locations().position("targets[1].pause-while[0]"))
			.contains(new ParsedLocations.Position(34, 19));
	}

	@Test
	void throwsEveryErrorWhenThePolicyIsDemandedFromABrokenFile() {
		ParsedPolicy broken = PolicyParser.parse("northwind.yaml",
				PolicyTexts.VALID.replace("period: month", "period: week").replace("within: 4h", "within: 4"));

		assertThat(broken.policy()).isEmpty();
		assertThatThrownBy(broken::policyOrThrow)
			.isInstanceOfSatisfying(InvalidPolicyException.class, ex -> assertThat(ex.problems()).hasSize(2))
			.hasMessageContaining("northwind.yaml:6:11: contract.period")
			.hasMessageContaining("northwind.yaml:23:13: targets[0].within");
	}

}
