package org.communityops.sla.clock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Reads clocks and their logs, for the API, reports and tests. */
@Service
public class ClockLog {

	private final SlaClocks clocks;

	private final ClockEvents events;

	ClockLog(SlaClocks clocks, ClockEvents events) {
		this.clocks = clocks;
		this.events = events;
	}

	public Optional<SlaClock> clock(String id) {
		return clocks.findById(id);
	}

	public List<SlaClock> clocksOfTask(String taskId) {
		return clocks.findByTaskId(taskId);
	}

	public List<SlaClock> clocksOfInstance(String processInstanceId) {
		return clocks.findByProcessInstanceId(processInstanceId);
	}

	/**
	 * The priority changes of each of the clocks that had any, oldest first, in one
	 * query.
	 */
	public Map<String, List<Retargeting>> retargetingsOf(Collection<String> clockIds) {
		if (clockIds.isEmpty()) {
			return Map.of();
		}
		return events.findByClockIdInAndTypeOrderByAtAscIdAsc(clockIds, ClockEventType.RETARGETED)
			.stream()
			.flatMap(entry -> Retargeting.of(entry).map(change -> Map.entry(entry.clockId(), change)).stream())
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** The clock's log, oldest first. */
	public List<ClockEvent> events(String clockId) {
		return events.findByClockIdOrderByAtAscIdAsc(clockId);
	}

}
