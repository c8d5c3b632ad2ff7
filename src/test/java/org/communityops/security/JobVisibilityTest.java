package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.communityops.identity.Tenants;
import org.communityops.identity.engine.EngineAuthentication;
import org.communityops.identity.engine.EngineDirectory;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.engine.EngineTime;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's job lists: an SLA deadline job belongs to its clock's client and the
 * deadline sweep to the system tenant, so a user sees the deadline jobs of their clients
 * and their job log, but no other client's and no sweep; the administrator sees every
 * one. Over real HTTP as mo (moderator on northwind, globex and hooli), mira (moderator
 * on initech) and admin. The engine API may refuse a role a list as a whole (403, e.g.
 * the job log to all but administrators): such lists are also read through the engine
 * with the user's authentication, as the engine API reads them for the user's requests,
 * so that what they would be given is checked too.
 */
@SecuredApplicationTest
class JobVisibilityTest {

	private static final String JOBS = "/engine-rest/job?maxResults=1000";

	private static final String JOB_LOG = "/engine-rest/history/job-log?maxResults=1000";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ClockLog clockLog;

	@Autowired
	EngineDirectory directory;

	@Autowired
	EngineAuthentication authentication;

	Api api;

	String northwind;

	String initech;

	@BeforeEach
	void deadlineJobsOfNorthwindAndInitech() {
		api = new Api(port);
		EngineTime.at("2026-11-23T09:00:00Z");
		Task northwindTask = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		Task initechTask = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "initech", "normal");
		EngineTime.at("2026-11-26T09:00:00Z");
		EngineTime.sweepDeadlines(managementService);
		northwind = deadlineJobOf(northwindTask);
		initech = deadlineJobOf(initechTask);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void usersSeeTheDeadlineJobsOfTheirClientsOnlyAndNoSweepWhileTheAdministratorSeesEveryOne() {
		JsonNode moJobs = list("mo", JOBS).orElseThrow();
		JsonNode miraJobs = list("mira", JOBS).orElseThrow();
		JsonNode adminJobs = list("admin", JOBS).orElseThrow();

		assertThat(texts(moJobs, "id")).contains(northwind).doesNotContain(initech);
		assertThat(texts(moJobs, "tenantId")).isSubsetOf("northwind", "globex", "hooli");
		assertThat(count("mo", "/engine-rest/job/count")).isEqualTo(moJobs.size());
		assertThat(texts(miraJobs, "id")).contains(initech).doesNotContain(northwind);
		assertThat(texts(miraJobs, "tenantId")).containsOnly("initech");
		assertThat(count("mira", "/engine-rest/job/count")).isEqualTo(miraJobs.size());
		assertThat(texts(adminJobs, "id")).contains(northwind, initech);
		assertThat(texts(adminJobs, "tenantId")).contains("northwind", "initech", Tenants.SYSTEM);
		assertThat(count("admin", "/engine-rest/job/count")).isEqualTo(adminJobs.size());
	}

	@Test
	void theJobLogOfADeadlineJobIsSeenByItsClientsUsersOnly() {
		managementService.executeJob(northwind);
		managementService.executeJob(initech);

		assertThat(jobLogAs("mo")).extracting(HistoricJobLog::getJobId).contains(northwind).doesNotContain(initech);
		assertThat(jobLogAs("mo")).extracting(HistoricJobLog::getTenantId).isSubsetOf("northwind", "globex", "hooli");
		assertThat(jobLogAs("mira")).extracting(HistoricJobLog::getJobId).contains(initech).doesNotContain(northwind);
		assertThat(jobLogAs("mira")).extracting(HistoricJobLog::getTenantId).containsOnly("initech");
		assertThat(texts(list("admin", JOB_LOG).orElseThrow(), "jobId")).contains(northwind, initech);
		list("mo", JOB_LOG)
			.ifPresent(log -> assertThat(texts(log, "jobId")).contains(northwind).doesNotContain(initech));
		list("mira", JOB_LOG)
			.ifPresent(log -> assertThat(texts(log, "jobId")).contains(initech).doesNotContain(northwind));
	}

	@Test
	void aClientUserIsShownNoOtherClientsDeadlineJobNorTheSweep() {
		List<Job> jobs = as("nora", () -> managementService.createJobQuery().list());
		long count = as("nora", () -> managementService.createJobQuery().count());
		Optional<JsonNode> jobList = list("nora", JOBS);
		Optional<JsonNode> jobCount = list("nora", "/engine-rest/job/count");
		managementService.executeJob(northwind);
		managementService.executeJob(initech);

		assertThat(jobs).extracting(Job::getId).contains(northwind);
		assertThat(jobs).extracting(Job::getTenantId).containsOnly("northwind");
		assertThat(count).isEqualTo(jobs.size());
		assertThat(jobLogAs("nora")).extracting(HistoricJobLog::getJobId).contains(northwind).doesNotContain(initech);
		assertThat(jobLogAs("nora")).extracting(HistoricJobLog::getTenantId).containsOnly("northwind");
		jobList.ifPresent(answer -> assertThat(texts(answer, "id"))
			.containsExactlyInAnyOrderElementsOf(jobs.stream().map(Job::getId).toList()));
		jobCount.ifPresent(answer -> assertThat(answer.get("count").asLong()).isEqualTo(count));
		list("nora", JOB_LOG).ifPresent(answer -> assertThat(texts(answer, "tenantId")).containsOnly("northwind"));
	}

	/**
	 * The job of the clock's next deadline, which the sweep made a job since it is past.
	 */
	private String deadlineJobOf(Task task) {
		String job = clockLog.clocksOfTask(task.getId()).get(0).deadlineJobId();
		assertThat(job).isNotNull();
		return job;
	}

	private List<HistoricJobLog> jobLogAs(String user) {
		return as(user, () -> historyService.createHistoricJobLogQuery().list());
	}

	/**
	 * The query run with the user's engine authentication, as the engine API runs it for
	 * the user's requests.
	 */
	private <T> T as(String user, Supplier<T> query) {
		authentication.set(directory.authenticate(user, user).orElseThrow());
		try {
			return query.get();
		}
		finally {
			authentication.clear();
		}
	}

	/**
	 * The list the user is given; empty when the engine API refuses the user the list as
	 * a whole (403).
	 */
	private Optional<JsonNode> list(String user, String path) {
		Api.Answer answer = api.get(user, path);
		assertThat(answer.status()).as(user + " " + path).isIn(200, 403);
		return answer.status() == 200 ? Optional.of(answer.json()) : Optional.empty();
	}

	private int count(String user, String path) {
		return api.get(user, path).json().get("count").asInt();
	}

	private static List<String> texts(JsonNode list, String field) {
		return StreamSupport.stream(list.spliterator(), false).map(item -> item.get(field).asText(null)).toList();
	}

}
