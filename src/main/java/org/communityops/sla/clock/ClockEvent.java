package org.communityops.sla.clock;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a clock's log. Written once, never changed.
 *
 * @param at when it happened; for a warning or breach, the moment it was due, even when
 * it was noticed later
 * @param holder who held the item then (the task's assignee), or null when nobody had
 * claimed it
 * @param detail e.g. the warning threshold, or the old and new allowance of a
 * re-targeting
 */
@Table("sla_clock_event")
public record ClockEvent(@Id Long id, String clockId, ClockEventType type, Instant at, String holder, String detail) {

	static ClockEvent of(String clockId, ClockEventType type, Instant at, String holder, String detail) {
		return new ClockEvent(null, clockId, type, at, holder, detail);
	}

}
