package org.communityops.sla.clock;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The clocks' logs, insert-only. */
interface ClockEvents extends ListCrudRepository<ClockEvent, Long>, ClockStatements {

	List<ClockEvent> findByClockIdOrderByAtAscIdAsc(String clockId);

	List<ClockEvent> findByClockIdInAndTypeOrderByAtAscIdAsc(Collection<String> clockIds, ClockEventType type);

}
