package org.communityops.sla.engine;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * The configuration of the SLA jobs: one string, stored as is (a clock id, or the id of a
 * chain of sweeps).
 */
record JobText(String value) implements JobHandlerConfiguration {

	@Override
	public String toCanonicalString() {
		return value;
	}

}
