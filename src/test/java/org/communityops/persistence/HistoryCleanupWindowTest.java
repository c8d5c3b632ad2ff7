package org.communityops.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.communityops.identity.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine's history does not grow without end: its cleanup, which removes instances
 * ended longer ago than their history time to live, is scheduled every night between
 * 01:00 and 05:00 UTC, as a job of the system tenant, which only administrators see.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:history-cleanup;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class HistoryCleanupWindowTest {

	@Autowired
	HistoryService historyService;

	@Test
	void schedulesTheHistoryCleanupInTheNightlyWindow() {
		assertThat(historyService.findHistoryCleanupJobs()).as("history cleanup jobs")
			.isNotEmpty()
			.allSatisfy(job -> assertThat(timeOfDay(job)).as("due time of day (UTC)")
				.isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0)))
			.allSatisfy(
					job -> assertThat(job.getTenantId()).as("tenant: administrators only").isEqualTo(Tenants.SYSTEM));
	}

	private static LocalTime timeOfDay(Job job) {
		return job.getDuedate().toInstant().atOffset(ZoneOffset.UTC).toLocalTime();
	}

}
