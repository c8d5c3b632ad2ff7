package org.communityops.sla.engine;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.sla.clock.ClockKeeper;

/**
 * Runs a clock's deadline job: hands the clock id and the engine's "now" to the
 * {@link ClockKeeper}.
 */
class DeadlineJobHandler implements JobHandler<JobText> {

	static final String TYPE = "communityops-sla-deadline";

	private final SlaKeepers keepers;

	DeadlineJobHandler(SlaKeepers keepers) {
		this.keepers = keepers;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(JobText clockId, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
		keepers.clocks().deadlineReached(clockId.value(), ClockUtil.getCurrentTime().toInstant());
	}

	@Override
	public JobText newConfiguration(String canonicalString) {
		return new JobText(canonicalString);
	}

	@Override
	public void onDelete(JobText configuration, JobEntity jobEntity) {
		// nothing to clean up: the clock keeps no reference to a deleted job it did not
		// cancel itself
	}

}
