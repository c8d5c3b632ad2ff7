package org.communityops.sla.clock;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored clocks. */
interface SlaClocks extends ListCrudRepository<SlaClock, String>, ClockStatements {

	List<SlaClock> findByTaskId(String taskId);

	List<SlaClock> findByProcessInstanceId(String processInstanceId);

	/**
	 * Clocks whose next deadline, not yet a job, comes before the instant; the earliest
	 * first, at most a batch.
	 */
	@Query("select * from sla_clock where pending_deadline_at < :before order by pending_deadline_at limit :batch")
	List<SlaClock> findPendingDeadlinesBefore(Instant before, int batch);

	List<SlaClock> findByProcessInstanceIdAndTaskIdIsNull(String processInstanceId);

}
