package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A valid policy text (the example of docs/sla-policies.md) and ways to break it one line
 * at a time.
 */
final class PolicyTexts {

	/** Line numbers matter: the problem tests point at them. */
	static final String VALID = """
			client: northwind
			name: Northwind Traders community
			contract:
			  id: NW-2026
			  effective: 2026-01-01
			  period: month
			  fee: 12000.00
			  currency: EUR
			  credit-cap: 20%
			calendar:
			  zone: Europe/Berlin
			  hours:
			    mon-fri: ["09:00-17:00"]
			    sat: ["10:00-14:00"]
			  holidays:
			    country: DE
			    subdivision: be
			    dates: [2026-12-24, 2026-12-31]
			targets:
			  - id: first-response
			    name: First response to a member
			    task: Task_FirstResponse
			    within: 4h
			    by-priority: {urgent: 1h, high: 2h, normal: 4h, low: 8h}
			    warn-at: [50%, 75%]
			    objective: 95%
			    credits:
			      - {below: 95%, credit: 5%}
			      - {below: 90%, credit: 10%}
			  - id: content-turnaround
			    name: Content approved, end to end
			    start: {process: ContentApprovalProcess, on: start}
			    stop: {process: ContentApprovalProcess, on: end}
			    pause-while: [Task_ClientApproval]
			    within: 16h
			    clock: business
			""";

	private PolicyTexts() {
	}

	/** The valid text with one piece replaced; the piece must occur exactly once. */
	static String replacing(String piece, String replacement) {
		assertThat(VALID.split(java.util.regex.Pattern.quote(piece), -1)).as("occurrences of " + piece).hasSize(2);
		return VALID.replace(piece, replacement);
	}

	/** Every problem found in the text, as printed. */
	static List<String> problems(String yaml) {
		return PolicyParser.parse("northwind.yaml", yaml).problems().stream().map(PolicyProblem::toString).toList();
	}

}
