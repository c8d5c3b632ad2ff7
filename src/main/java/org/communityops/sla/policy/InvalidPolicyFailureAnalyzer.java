package org.communityops.sla.policy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start stopped by invalid policy files: every error at its file, line and
 * column, and what to do.
 */
class InvalidPolicyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPolicyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidPolicyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the files listed above (docs/sla-policies.md describes every key), then start again.", cause);
	}

}
