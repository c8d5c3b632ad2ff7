package org.communityops.sla.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.communityops.sla.clock.DeadlineScheduler;
import org.springframework.stereotype.Component;

/**
 * Clock deadlines as jobs of the engine's job executor: stored with the engine's state,
 * retried on failure, locked to one node at a time, and picked up at start-up when their
 * moment passed while the application was down. Scheduling happens inside the engine
 * command that changed the clock, so it commits or rolls back with it. The handlers that
 * run the jobs are wired into the engine by {@link SlaEnginePlugin}.
 */
@Component
class DeadlineJobs implements DeadlineScheduler {

	private final DeadlineWakeUps wakeUps;

	DeadlineJobs(DeadlineWakeUps wakeUps) {
		this.wakeUps = wakeUps;
	}

	/**
	 * The clock's client is the job's tenant, so the engine's tenant check shows it to
	 * the client's users only; this node's job executor is woken when it is due
	 * ({@link DeadlineWakeUps}).
	 */
	@Override
	public String schedule(String clockId, String client, Instant at) {
		CommandContext command = commandContext();
		wakeUps.wakeWhenDue(command, at);
		return insert(command, DeadlineJobHandler.TYPE, clockId, client, at);
	}

	/**
	 * Inserts a job of an SLA job handler, due at the instant, into the command's
	 * transaction; returns its id. The job has no process instance, so it carries its
	 * tenant itself, and its job log rows copy it: a job without one would be visible to
	 * every user.
	 */
	static String insert(CommandContext commandContext, String type, String configuration, String tenantId,
			Instant at) {
		MessageEntity job = new MessageEntity();
		job.setJobHandlerType(type);
		job.setJobHandlerConfigurationRaw(configuration);
		job.setTenantId(tenantId);
		job.setDuedate(Date.from(at));
		commandContext.getJobManager().insertAndHintJobExecutor(job);
		return job.getId();
	}

	@Override
	public void cancel(String handle) {
		if (handle == null) {
			return;
		}
		JobEntity job = commandContext().getJobManager().findJobById(handle);
		if (job != null) {
			job.delete();
		}
	}

	private static CommandContext commandContext() {
		CommandContext context = Context.getCommandContext();
		if (context == null) {
			throw new IllegalStateException("SLA deadlines are scheduled only inside an engine command");
		}
		return context;
	}

}
