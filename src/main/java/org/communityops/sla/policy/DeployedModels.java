package org.communityops.sla.policy;

import java.util.Set;

/**
 * The process and activity ids that deployed models define, so that policies naming
 * others get a warning.
 */
public interface DeployedModels {

	Set<String> processIds();

	Set<String> activityIds();

	/**
	 * A number that changes whenever a process definition is deployed or deleted, cheap
	 * to ask on every poll.
	 */
	long revision();

}
