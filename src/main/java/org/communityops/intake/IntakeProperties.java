package org.communityops.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake works through its inbox ({@code communityops.intake.*}).
 *
 * @param sweep how often the inbox is looked through for events not yet acted on (new
 * deliveries are acted on at once; the sweep picks up retries and a crashed node's
 * leftovers)
 * @param maxAttempts how often an event is tried before it is marked failed
 * @param firstRetry the wait after the first failed attempt; each further one doubles it
 * @param decisionRetryCycle how the engine retries carrying a decision back to the
 * platform (an ISO 8601 repetition, e.g. {@code R5/PT1M}: five tries a minute apart, then
 * an incident)
 */
@ConfigurationProperties("communityops.intake")
public record IntakeProperties(@DefaultValue("5s") Duration sweep, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("R5/PT1M") String decisionRetryCycle) {

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
	public Duration backoff(int attempt) {
		return firstRetry.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 16));
	}

}
