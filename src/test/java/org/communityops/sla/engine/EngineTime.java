package org.communityops.sla.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives the engine's time in clock tests with the job executor off: sets the engine clock and runs the SLA deadline
 * jobs that are due, as the job executor would. Reset the clock with {@link ClockUtil#reset()} after each test.
 */
public final class EngineTime {

	private EngineTime() {
	}

	public static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	/** The SLA deadline jobs due at the engine's current time. */
	public static List<Job> dueDeadlineJobs(ManagementService managementService) {
		return managementService.createJobQuery()
			.duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
			.list()
			.stream()
			.filter(job -> DeadlineJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType()))
			.toList();
	}

	/** Runs due deadline jobs until none is due, including those the runs schedule. */
	public static void runDueDeadlineJobs(ManagementService managementService) {
		for (List<Job> due = dueDeadlineJobs(managementService); !due.isEmpty(); due = dueDeadlineJobs(
				managementService)) {
			due.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

}
