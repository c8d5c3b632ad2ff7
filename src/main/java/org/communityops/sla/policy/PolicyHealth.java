package org.communityops.sla.policy;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Reports the policy files under {@code /actuator/health}: UP when every file loaded, DEGRADED with the errors when a
 * changed file was rejected (the last good version of its client stays in force, so the node still serves).
 */
@Component("slaPolicies")
class PolicyHealth implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "A policy file was rejected; its last good version is in force");

	private final PolicyRegistry registry;

	PolicyHealth(PolicyRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Health health() {
		List<String> errors = registry.problems().stream().filter(PolicyProblem::isError)
			.map(PolicyProblem::toString).toList();
		Health.Builder health = errors.isEmpty() ? Health.up() : Health.status(DEGRADED).withDetail("errors", errors);
		return health.withDetail("clients", registry.clients()).build();
	}

}
