package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.engine.EngineTime.at;
import static org.communityops.sla.engine.EngineTime.runDueDeadlineJobs;
import static org.communityops.sla.engine.EngineTime.sweepDeadlines;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.communityops.identity.Tenants;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockEventType;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockState;
import org.communityops.sla.clock.SlaClock;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A far-off deadline waits on its clock, and the deadline sweep (a chain of engine jobs,
 * one a minute) makes it a job for its exact moment once it comes within two sweeps. Real
 * engine and database, job executor off: the tests run the jobs. Northwind's first
 * response, normal priority: within 4h, first warning at 50%.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:deadline-sweep;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false", "communityops.sla.clocks.deadline-sweep=1m" })
class DeadlineSweepTest {

	private static final String PROCESS = "SweepFirstResponse";

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	HistoryService historyService;

	@Autowired
	ClockLog clockLog;

	@BeforeEach
	void deployOneTaskProcess() {
		OneTaskProcess.deployOnce(repositoryService, PROCESS);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aFarOffDeadlineWaitsOnItsClockUntilTheSweepMakesItAJobForItsExactMoment() {
		Task task = firstResponseAt("2026-11-23T09:00:00Z");
		SlaClock clock = clockOf(task);
		Instant firstWarning = Instant.parse("2026-11-23T11:00:00Z");
		assertThat(clock.pendingDeadlineAt()).isEqualTo(firstWarning);
		assertThat(clock.deadlineJobId()).isNull();
		assertThat(deadlineJobsOf(clock)).isEmpty();

		at("2026-11-23T10:57:00Z");
		sweepDeadlines(managementService);
		assertThat(deadlineJobsOf(clock)).isEmpty();

		at("2026-11-23T10:58:30Z");
		sweepDeadlines(managementService);
		assertThat(deadlineJobsOf(clock)).singleElement()
			.extracting(Job::getDuedate)
			.isEqualTo(Date.from(firstWarning));
		assertThat(clockOf(task).pendingDeadlineAt()).isNull();
		assertThat(clockOf(task).deadlineJobId()).isEqualTo(deadlineJobsOf(clock).get(0).getId());
	}

	@Test
	void theNextDeadlineAfterAWarningWaitsOnTheClockAgain() {
		Task task = firstResponseAt("2026-11-23T09:00:00Z");

		at("2026-11-23T11:00:00Z");
		runDueDeadlineJobs(managementService);

		SlaClock clock = clockOf(task);
		assertThat(eventTypes(clock)).containsExactly(ClockEventType.STARTED, ClockEventType.WARNED);
		assertThat(clock.pendingDeadlineAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
		assertThat(deadlineJobsOf(clock)).isEmpty();
	}

	@Test
	void anItemDoneBeforeItsFirstDeadlineNeverCreatesAJob() {
		Task task = firstResponseAt("2026-11-23T09:00:00Z");
		at("2026-11-23T09:45:00Z");
		taskService.complete(task.getId());

		SlaClock clock = clockOf(task);
		assertThat(clock.state()).isEqualTo(ClockState.MET);
		assertThat(clock.pendingDeadlineAt()).isNull();
		assertThat(deadlineJobsOf(clock)).isEmpty();
	}

	@Test
	void eachSweepSchedulesItsNextRunOneIntervalLater() {
		at("2026-11-23T09:00:00Z");
		sweepDeadlines(managementService);

		assertThat(sweepJobs()).singleElement()
			.extracting(Job::getDuedate)
			.isEqualTo(Date.from(Instant.parse("2026-11-23T09:01:00Z")));
	}

	@Test
	void deadlineJobsCarryTheirClocksClientAsTenantAndSoDoTheirJobLogRows() {
		Task task = firstResponseAt("2026-11-23T09:00:00Z");
		at("2026-11-23T10:58:30Z");
		sweepDeadlines(managementService);
		Job deadline = deadlineJobsOf(clockOf(task)).get(0);
		assertThat(deadline.getTenantId()).isEqualTo("northwind");

		at("2026-11-23T11:00:00Z");
		runDueDeadlineJobs(managementService);

		assertThat(historyService.createHistoricJobLogQuery().jobId(deadline.getId()).list()).isNotEmpty()
			.allSatisfy(log -> assertThat(log.getTenantId()).isEqualTo("northwind"));
	}

	@Test
	void theSweepsJobsBelongToTheSystemTenantAndTheChainGoesOn() {
		at("2026-11-23T09:00:00Z");
		sweepDeadlines(managementService);
		sweepDeadlines(managementService);

		assertThat(sweepJobs()).singleElement().extracting(Job::getTenantId).isEqualTo(Tenants.SYSTEM);
	}

	@Test
	void twoChainsOfSweepsStartedByTwoNodesBecomeOne() {
		at("2026-11-23T09:00:00Z");
		String existing = ((JobEntity) sweepJobs().get(0)).getJobHandlerConfigurationRaw();
		startChain(existing.compareTo("m") < 0 ? "zzzz-second-node" : "0000-second-node");
		assertThat(sweepJobs()).hasSize(2);

		sweepDeadlines(managementService);

		assertThat(sweepJobs()).singleElement()
			.extracting(job -> ((JobEntity) job).getJobHandlerConfigurationRaw())
			.isEqualTo(existing.compareTo("m") < 0 ? existing : "0000-second-node");
	}

	private void startChain(String chain) {
		engine.getCommandExecutorTxRequired().execute(commandContext -> {
			MessageEntity job = new MessageEntity();
			job.setJobHandlerType(DeadlineSweepJobHandler.TYPE);
			job.setJobHandlerConfigurationRaw(chain);
			job.setDuedate(ClockUtil.getCurrentTime());
			commandContext.getJobManager().insertJob(job);
			return null;
		});
	}

	private Task firstResponseAt(String instant) {
		at(instant);
		String instance = runtimeService
			.startProcessInstanceByKey(PROCESS, Map.of("client", "northwind", "priority", "normal"))
			.getId();
		return taskService.createTaskQuery().processInstanceId(instance).singleResult();
	}

	private SlaClock clockOf(Task task) {
		return clockLog.clocksOfTask(task.getId()).get(0);
	}

	private List<ClockEventType> eventTypes(SlaClock clock) {
		return clockLog.events(clock.id()).stream().map(ClockEvent::type).toList();
	}

	private List<Job> deadlineJobsOf(SlaClock clock) {
		return EngineTime.jobs(managementService, DeadlineJobHandler.TYPE)
			.stream()
			.filter(job -> clock.id().equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
			.toList();
	}

	private List<Job> sweepJobs() {
		return EngineTime.jobs(managementService, DeadlineSweepJobHandler.TYPE);
	}

}
