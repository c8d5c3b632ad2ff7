package org.communityops.sla.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy file that cannot be used, with all its errors. */
public class InvalidPolicyException extends RuntimeException {

	private final List<PolicyProblem> problems;

	public InvalidPolicyException(List<PolicyProblem> problems) {
		super(problems.stream()
			.map(PolicyProblem::toString)
			.collect(Collectors.joining("\n", "Invalid SLA policy:\n", "")));
		this.problems = List.copyOf(problems);
	}

	public List<PolicyProblem> problems() {
		return problems;
	}

}
