package org.communityops.sla.clock;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The stored clocks. */
interface SlaClocks extends ListCrudRepository<SlaClock, String> {

	List<SlaClock> findByTaskId(String taskId);

	List<SlaClock> findByProcessInstanceId(String processInstanceId);

	List<SlaClock> findByProcessInstanceIdAndTaskIdIsNull(String processInstanceId);

}
