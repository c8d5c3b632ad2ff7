package org.communityops.sla.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives the engine's time in clock tests with the job executor off: sets the engine
 * clock and runs the SLA deadline jobs that are due, as the job executor would. Reset the
 * clock with {@link ClockUtil#reset()} after each test.
 */
public final class EngineTime {

	private EngineTime() {
	}

	public static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	/** The SLA deadline jobs due at the engine's current time. */
	public static List<Job> dueDeadlineJobs(ManagementService managementService) {
		return dueJobs(managementService, DeadlineJobHandler.TYPE);
	}

	/**
	 * Runs the deadline sweep, which turns the deadlines coming up into jobs, then the
	 * due deadline jobs until none is due, including those the runs schedule.
	 */
	public static void runDueDeadlineJobs(ManagementService managementService) {
		sweepDeadlines(managementService);
		for (List<Job> due = dueDeadlineJobs(managementService); !due
			.isEmpty(); due = dueDeadlineJobs(managementService)) {
			due.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	/**
	 * Runs the deadline sweep now, whatever its job's due date: tests move the engine
	 * clock back before the moment the application started and scheduled the sweep's
	 * first run.
	 */
	public static void sweepDeadlines(ManagementService managementService) {
		jobs(managementService, DeadlineSweepJobHandler.TYPE).forEach(job -> managementService.executeJob(job.getId()));
	}

	/** Every job of a job handler type, due or not. */
	public static List<Job> jobs(ManagementService managementService, String type) {
		return ofType(managementService.createJobQuery().list(), type);
	}

	private static List<Job> dueJobs(ManagementService managementService, String type) {
		return ofType(managementService.createJobQuery()
			.duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
			.list(), type);
	}

	private static List<Job> ofType(List<Job> jobs, String type) {
		return jobs.stream().filter(job -> type.equals(((JobEntity) job).getJobHandlerType())).toList();
	}

}
