package org.communityops.sla.clock;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored clocks. */
interface SlaClocks extends ListCrudRepository<SlaClock, String>, ClockWrites {

	List<SlaClock> findByTaskId(String taskId);

	@Query("select * from sla_clock where task_id = :taskId and state in ('RUNNING', 'PAUSED')")
	List<SlaClock> findOpenByTaskId(String taskId);

	List<SlaClock> findByProcessInstanceId(String processInstanceId);

	List<SlaClock> findByProcessInstanceIdAndTaskIdIsNull(String processInstanceId);

}
