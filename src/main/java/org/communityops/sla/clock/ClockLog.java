package org.communityops.sla.clock;

import java.util.List;
import java.util.Optional;

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

	/** The clock's log, oldest first. */
	public List<ClockEvent> events(String clockId) {
		return events.findByClockIdOrderByAtAscIdAsc(clockId);
	}

}
