package org.communityops.sla.engine;

import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.identity.Tenants;
import org.communityops.sla.clock.ClockProperties;
import org.communityops.sla.clock.DeadlineSweep;

/**
 * Runs the {@link DeadlineSweep} as a job of the engine's job executor, so it runs on one
 * node at a time, and schedules its own next run in the same transaction: a chain of
 * jobs, one sweep interval apart. Every start makes sure a chain exists; should two nodes
 * start one each, the chain with the larger id ends at its next run. The sweep is no
 * client's work: its jobs carry the {@link Tenants#SYSTEM system tenant}, so only
 * administrators see them. The chain is looked up by handler type, which no tenant check
 * filters.
 */
class DeadlineSweepJobHandler implements JobHandler<JobText> {

	static final String TYPE = "communityops-sla-deadline-sweep";

	private final SlaKeepers keepers;

	private final ClockProperties properties;

	DeadlineSweepJobHandler(SlaKeepers keepers, ClockProperties properties) {
		this.keepers = keepers;
		this.properties = properties;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(JobText chain, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		boolean more = keepers.sweep().handOverUpcoming(now);
		boolean anotherChainGoesOn = commandContext.getJobManager()
			.findJobsByHandlerType(TYPE)
			.stream()
			.anyMatch(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().compareTo(chain.value()) < 0);
		if (!anotherChainGoesOn) {
			Instant next = more ? now : now.plus(properties.deadlineSweep());
			DeadlineJobs.insert(commandContext, TYPE, chain.value(), Tenants.SYSTEM, next);
		}
	}

	/** Starts a chain of sweeps, first run now, unless one exists that can still run. */
	static void startChainIfNone(CommandContext commandContext) {
		boolean running = commandContext.getJobManager()
			.findJobsByHandlerType(TYPE)
			.stream()
			.anyMatch(job -> job.getRetries() > 0);
		if (!running) {
			Instant now = ClockUtil.getCurrentTime().toInstant();
			DeadlineJobs.insert(commandContext, TYPE, UUID.randomUUID().toString(), Tenants.SYSTEM, now);
		}
	}

	@Override
	public JobText newConfiguration(String canonicalString) {
		return new JobText(canonicalString);
	}

	@Override
	public void onDelete(JobText configuration, JobEntity jobEntity) {
		// a deleted sweep leaves its chain ended; the next start begins a new one
	}

}
