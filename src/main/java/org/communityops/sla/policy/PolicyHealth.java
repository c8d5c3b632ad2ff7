package org.communityops.sla.policy;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Reports the policy files under {@code /actuator/health}: UP when every file loaded and
 * this node's folder agrees with the versions in force; DEGRADED with the errors when a
 * changed file was rejected (the last good version of its client stays in force, so the
 * node still serves), and with the differences when the folder differs from the versions
 * in force, which the database holds (a stale copy, a file missing on this node).
 */
@Component("slaPolicies")
class PolicyHealth implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED",
			"A policy file was rejected or differs from the version in force, which stays in force");

	private final PolicyRegistry registry;

	PolicyHealth(PolicyRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Health health() {
		List<String> errors = registry.problems()
			.stream()
			.filter(PolicyProblem::isError)
			.map(PolicyProblem::toString)
			.toList();
		List<String> differences = registry.differences();
		Health.Builder health = errors.isEmpty() && differences.isEmpty() ? Health.up() : Health.status(DEGRADED);
		if (!errors.isEmpty()) {
			health.withDetail("errors", errors);
		}
		if (!differences.isEmpty()) {
			health.withDetail("differences", differences);
		}
		return health.withDetail("clients", registry.clients()).build();
	}

}
