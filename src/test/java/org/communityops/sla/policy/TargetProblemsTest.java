package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.policy.PolicyTexts.problems;
import static org.communityops.sla.policy.PolicyTexts.replacing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TargetProblemsTest {

	private static final String EITHER = "expected task: <user task id> for a task target, or start and stop for a"
			+ " journey target";

	@Test
	void reportsADurationWithoutUnit() {
		assertThat(problems(replacing("    within: 4h", "    within: 4"))).containsExactly(
				"northwind.yaml:23:13: targets[0].within: '4' has no unit; expected e.g. 4h, 30m, 1h30m or ISO-8601 PT4H");
		assertThat(problems(replacing("    within: 4h", "    within: 4 hours"))).containsExactly(
				"northwind.yaml:23:13: targets[0].within: '4 hours' is not a duration; expected e.g. 4h, 30m, 1h30m or"
						+ " ISO-8601 PT4H");
	}

	@Test
	void rejectsDaysOnABusinessClock() {
		assertThat(problems(replacing("    within: 16h", "    within: 2d"))).containsExactly(
				"northwind.yaml:35:13: targets[1].within: '2d' counts days, but a business day has no fixed length;"
						+ " expected hours such as 16h, or clock: 24x7");
		assertThat(problems(replacing("    within: 16h", "    within: P1D"))).hasSize(1);
	}

	@Test
	void rejectsATargetLongerThanAClockCanTime() {
		assertThat(problems(replacing("    within: 4h", "    within: 999999999h"))).containsExactly(
				"northwind.yaml:23:13: targets[0].within: '999999999h' is longer than a clock can time; expected at most"
						+ " 43920h (1830d)");
	}

	@Test
	void acceptsDaysOnA24x7Clock() {
		ParsedPolicy parsed = PolicyParser.parse("northwind.yaml",
				replacing("    within: 16h\n    clock: business", "    within: 2d\n    clock: 24x7"));

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.policyOrThrow().targets().get(1).within(Priority.LOW)).isEqualTo(Duration.ofHours(48));
	}

	@Test
	void rejectsAZeroOrNegativeDuration() {
		assertThat(problems(replacing("    within: 16h", "    within: 0m"))).containsExactly(
				"northwind.yaml:35:13: targets[1].within: '0m' is zero; expected a positive duration such as 4h");
		assertThat(problems(replacing("    within: 16h", "    within: -PT2H"))).containsExactly(
				"northwind.yaml:35:13: targets[1].within: '-PT2H' is negative; expected a positive duration such as 4h");
	}

	@Test
	void reportsAPercentageOver100OrMalformed() {
		assertThat(problems(replacing("    objective: 95%", "    objective: 120%")))
			.containsExactly("northwind.yaml:26:16: targets[0].objective: '120%' is over 100%; expected 0% to 100%");
		assertThat(problems(replacing("    objective: 95%", "    objective: 0.95"))).containsExactly(
				"northwind.yaml:26:16: targets[0].objective: '0.95' is not a percentage; expected e.g. 95% or 12.5%");
	}

	@Test
	void requiresWarnAtAscendingAndBelow100() {
		assertThat(problems(replacing("    warn-at: [50%, 75%]", "    warn-at: [75%, 50%, 100%]"))).containsExactly(
				"northwind.yaml:25:20: targets[0].warn-at[1]: '50%' is not above the previous 75%; expected ascending"
						+ " percentages such as [50%, 75%]",
				"northwind.yaml:25:25: targets[0].warn-at[2]: '100%' is not below 100%; expected warnings before the"
						+ " deadline, such as [50%, 75%]");
	}

	@Test
	void reportsADuplicateTargetId() {
		assertThat(problems(replacing("  - id: content-turnaround", "  - id: first-response"))).containsExactly(
				"northwind.yaml:30:9: targets[1].id: 'first-response' is already the id of targets[0]; expected an id"
						+ " used once per policy");
	}

	@Test
	void requiresEitherATaskOrStartAndStop() {
		assertThat(problems(replacing("    task: Task_FirstResponse",
				"    task: Task_FirstResponse\n    start: {process: MemberSupportProcess, on: start}")))
			.containsExactly("northwind.yaml:23:12: targets[0]: has both task and start/stop; " + EITHER);
		assertThat(problems(replacing("    task: Task_FirstResponse\n", "")))
			.containsExactly("northwind.yaml:20:5: targets[0]: has neither task nor start/stop; " + EITHER);
	}

	@Test
	void requiresStartAndStopTogether() {
		assertThat(problems(replacing("    start: {process: ContentApprovalProcess, on: start}\n", "")))
			.containsExactly("northwind.yaml:32:11: targets[1]: has stop but no start; expected start: {process: ...,"
					+ " on: start} as well");
		assertThat(problems(replacing("    stop: {process: ContentApprovalProcess, on: end}\n", "")))
			.containsExactly("northwind.yaml:32:12: targets[1]: has start but no stop; expected stop: {process: ...,"
					+ " on: end} as well");
	}

	@Test
	void requiresAJourneyWithinOneProcess() {
		assertThat(problems(
				replacing("    stop: {process: ContentApprovalProcess", "    stop: {process: MemberSupportProcess")))
			.containsExactly("northwind.yaml:33:21: targets[1].stop.process: 'MemberSupportProcess' is not the"
					+ " start's process 'ContentApprovalProcess'; expected both events in one process");
		assertThat(problems(replacing("ContentApprovalProcess, on: start}", "ContentApprovalProcess, on: end}")))
			.containsExactly("northwind.yaml:32:50: targets[1].start.on: a journey cannot start when the process"
					+ " ends; expected start or an element id");
	}

	@Test
	void keepsTaskAndJourneyKeysApart() {
		assertThat(problems(replacing("    task: Task_FirstResponse",
				"    task: Task_FirstResponse\n    pause-while: [Task_ClientApproval]")))
			.containsExactly("northwind.yaml:23:18: targets[0].pause-while: applies to journey targets only; expected"
					+ " it with start and stop, or no pause-while");
		assertThat(problems(replacing("    name: Content approved, end to end",
				"    name: Content approved, end to end\n    process: ContentApprovalProcess")))
			.containsExactly("northwind.yaml:32:14: targets[1].process: applies to task targets only; expected the"
					+ " process in start and stop");
	}

	@Test
	void reportsAnUnknownPriority() {
		assertThat(problems(replacing("{urgent: 1h,", "{critical: 1h,"))).containsExactly(
				"northwind.yaml:24:19: targets[0].by-priority: 'critical' is not a priority; expected low, normal, high"
						+ " or urgent");
		assertThat(problems(replacing("{urgent: 1h,", "{urgnt: 1h,"))).containsExactly(
				"northwind.yaml:24:19: targets[0].by-priority: 'urgnt' is not a priority; did you mean 'urgent'?");
	}

	@Test
	void requiresWithinUnlessByPriorityCoversEveryPriority() {
		assertThat(problems(replacing("    within: 4h\n    by-priority: {urgent: 1h, high: 2h, normal: 4h, low: 8h}",
				"    by-priority: {urgent: 1h, high: 2h}")))
			.containsExactly("northwind.yaml:23:18: targets[0].by-priority: gives no time for low and there is no"
					+ " within; expected within: as the default, or all of low, normal, high and urgent");
		assertThat(problems(replacing("    within: 16h\n", "")))
			.containsExactly("northwind.yaml:30:5: targets[1]: missing required key 'within', e.g. within: 4h");
	}

	@Test
	void warnsWhenAMoreUrgentPriorityGetsMoreTime() {
		ParsedPolicy parsed = PolicyParser.parse("northwind.yaml",
				replacing("{urgent: 1h, high: 2h,", "{urgent: 3h, high: 2h,"));

		assertThat(parsed.isValid()).isTrue();
		assertThat(parsed.problems()).map(PolicyProblem::toString)
			.containsExactly("northwind.yaml:24:18: warning: targets[0].by-priority: urgent items get more time (3h)"
					+ " than high ones (2h); expected less or equal time for a more urgent priority");
	}

	@Test
	void requiresAnObjectiveForCredits() {
		assertThat(problems(replacing("    objective: 95%\n", ""))).containsExactly(
				"northwind.yaml:26:5: targets[0].credits: credits need an objective; expected objective: (e.g."
						+ " objective: 95%) in this target");
	}

	@Test
	void requiresCreditTiersAtOrBelowTheObjectiveFromLeastToMostSevere() {
		assertThat(problems(replacing("{below: 95%, credit: 5%}", "{below: 96%, credit: 5%}"))).containsExactly(
				"northwind.yaml:28:17: targets[0].credits[0].below: 96% is above the objective 95%; expected at most"
						+ " the objective, since a period that meets it owes nothing");
		assertThat(problems(replacing("{below: 90%, credit: 10%}", "{below: 95%, credit: 4%}"))).containsExactly(
				"northwind.yaml:29:17: targets[0].credits[1].below: 95% is not below the previous tier's 95%; expected"
						+ " tiers from least to most severe, e.g. below: 95% then below: 90%",
				"northwind.yaml:29:30: targets[0].credits[1].credit: 4% is less than the previous tier's 5%; expected a"
						+ " more severe tier to owe at least as much");
	}

	@Test
	void warnsAboutACreditAboveTheCreditCap() {
		assertThat(problems(replacing("  credit-cap: 20%", "  credit-cap: 8%"))).containsExactly(
				"northwind.yaml:29:30: warning: targets[0].credits[1].credit: 10% is more than the contract's"
						+ " credit-cap 8%; expected at most the cap, which limits what is owed anyway");
	}

	@Test
	void reportsABadClock() {
		assertThat(problems(replacing("    clock: business", "    clock: 24/7")))
			.containsExactly("northwind.yaml:36:12: targets[1].clock: '24/7' is not a clock; did you mean '24x7'?");
	}

	@Test
	void requiresAtLeastOneTarget() {
		String noTargets = PolicyTexts.VALID.substring(0, PolicyTexts.VALID.indexOf("targets:")) + "targets: []\n";

		assertThat(problems(noTargets)).containsExactly(
				"northwind.yaml:19:10: targets: no targets; expected at least one target, e.g. - id: first-response");
	}

	@Test
	void reportsATargetThatIsNoMap() {
		String oneWord = PolicyTexts.VALID.substring(0, PolicyTexts.VALID.indexOf("targets:"))
				+ "targets:\n  - first-response\n";

		assertThat(problems(oneWord)).containsExactly("northwind.yaml:20:5: targets[0]: found 'first-response',"
				+ " expected a map with id, name, task or start/stop, and within");
	}

}
