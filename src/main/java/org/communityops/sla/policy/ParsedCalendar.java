package org.communityops.sla.policy;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing a calendar on its own: the calendar when there are no errors,
 * and every problem found.
 */
public record ParsedCalendar(Optional<CalendarSpec> calendar, List<PolicyProblem> problems) {

	public ParsedCalendar {
		problems = List.copyOf(problems);
	}

	public List<PolicyProblem> errors() {
		return problems.stream().filter(PolicyProblem::isError).toList();
	}

}
