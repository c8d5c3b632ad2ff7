package org.communityops.sla.policy;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one policy file: the policy when the file has no errors, and
 * every problem found (errors and warnings, in file order).
 */
public record ParsedPolicy(String file, Optional<SlaPolicy> policy, List<PolicyProblem> problems,
		ParsedLocations locations) {

	public ParsedPolicy {
		problems = problems.stream().sorted(PolicyProblem.IN_FILE_ORDER).toList();
		if (policy.isPresent() && problems.stream().anyMatch(PolicyProblem::isError)) {
			throw new IllegalArgumentException("A policy with errors is no policy");
		}
	}

	public boolean isValid() {
		return policy.isPresent();
	}

	public List<PolicyProblem> errors() {
		return problems.stream().filter(PolicyProblem::isError).toList();
	}

	public List<PolicyProblem> warnings() {
		return problems.stream().filter(problem -> !problem.isError()).toList();
	}

	/** The policy, or an {@link InvalidPolicyException} carrying every error. */
	public SlaPolicy policyOrThrow() {
		return policy.orElseThrow(() -> new InvalidPolicyException(errors()));
	}

}
