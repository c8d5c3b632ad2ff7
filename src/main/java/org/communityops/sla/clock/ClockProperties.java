package org.communityops.sla.clock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the SLA clocks ({@code communityops.sla.clocks.*}).
 *
 * @param enabled whether user tasks and journeys are timed at all
 * @param metricsRefresh how often the clock gauges are recounted
 * @param deadlineSweep how often the deadline sweep hands the deadlines coming up to the
 * job executor
 */
@ConfigurationProperties("communityops.sla.clocks")
public record ClockProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration metricsRefresh,
		@DefaultValue("1m") Duration deadlineSweep) {

	/**
	 * How far ahead a deadline becomes a job: two sweeps, so that a deadline is a job
	 * before it is due even when one sweep runs late. A deadline further off than this
	 * stays pending on its clock.
	 */
	public Duration deadlineHorizon() {
		return deadlineSweep.multipliedBy(2);
	}

}
