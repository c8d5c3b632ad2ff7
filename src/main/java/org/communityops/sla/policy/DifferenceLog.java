package org.communityops.sla.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs where this node's folder differs from the policies in force once per change: a
 * WARN line when a difference appears, an INFO line when it is gone, nothing while it
 * stays.
 */
final class DifferenceLog {

	private static final Logger log = LoggerFactory.getLogger(DifferenceLog.class);

	private Set<String> reported = Set.of();

	/**
	 * @return the differences that appeared since the last report
	 */
	synchronized List<String> report(List<String> differences) {
		Set<String> now = new LinkedHashSet<>(differences);
		List<String> appeared = now.stream().filter(difference -> !reported.contains(difference)).toList();
		appeared.forEach(difference -> log.warn("This node's SLA policy folder differs from the policy in force: {}",
				difference));
		reported.stream()
			.filter(difference -> !now.contains(difference))
			.forEach(difference -> log.info("This node's SLA policy folder no longer differs: {}", difference));
		reported = now;
		return appeared;
	}

}
