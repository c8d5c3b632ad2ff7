package org.communityops.intake.engine;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityops.intake.IntakeProperties;
import org.communityops.intake.PlatformDecision;
import org.communityops.intake.PlatformDecisions;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PerformDecisionOnPlatform}: maps the item's variables ({@code platform},
 * {@code client}, {@code platformItemId}, {@code platformItemVersion} and the moderator's
 * {@code platformAction}) to a {@link PlatformDecision} and has the item's platform
 * perform it. The task is asynchronous, so a platform that refuses makes the engine try
 * again ({@link #getRetryCycle()}) and, once retries are spent, raise an incident in
 * Cockpit; the outcome is kept in {@code platformDecisionOutcome}.
 */
@Component("platformDecisions")
class PlatformDecisionDelegate implements JavaDelegate {

	private final List<PlatformDecisions> platforms;

	private final IntakeProperties properties;

	PlatformDecisionDelegate(List<PlatformDecisions> platforms, IntakeProperties properties) {
		this.platforms = platforms;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String platform = (String) execution.getVariable("platform");
		PlatformDecisions decisions = platforms.stream()
			.filter(candidate -> candidate.platform().equals(platform))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No platform '" + platform + "' carries decisions back"));
		Object version = execution.getVariable("platformItemVersion");
		PlatformDecision decision = new PlatformDecision((String) execution.getVariable("client"),
				((Number) execution.getVariable("platformItemId")).longValue(),
				version instanceof Number number ? number.intValue() : null,
				(String) execution.getVariable("platformAction"));
		execution.setVariable("platformDecisionOutcome", decisions.perform(decision));
	}

	/** The task's {@code failedJobRetryTimeCycle}, e.g. {@code R5/PT1M}. */
	public String getRetryCycle() {
		return properties.decisionRetryCycle();
	}

}
