package org.communityops.identity.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.communityops.identity.Tenants;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's own jobs, which belong to no process and no client (the nightly
 * history cleanup, batch jobs), the system tenant, as the deadline sweep has it: the
 * engine shows a job without a tenant, and its job log, to every user, client users
 * included, while a system tenant job only administrators see.
 */
@Component
class SystemJobTenant extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return JobManager.class;
			}

			@Override
			public Session openSession() {
				return new SystemTenantJobs();
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

	/**
	 * The engine's job manager, stamping the system tenant on a job of no process and no
	 * tenant as it is inserted.
	 */
	static class SystemTenantJobs extends JobManager {

		@Override
		public void insertJob(JobEntity job) {
			if (job.getTenantId() == null && job.getProcessInstanceId() == null
					&& job.getProcessDefinitionId() == null) {
				job.setTenantId(Tenants.SYSTEM);
			}
			super.insertJob(job);
		}

	}

}
