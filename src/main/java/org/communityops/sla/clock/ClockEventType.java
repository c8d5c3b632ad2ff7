package org.communityops.sla.clock;

/**
 * What can happen to a clock; each happening is one row of its append-only log. A clock
 * is stopped by {@code MET} (done in time), by {@code COMPLETED} (done after its breach,
 * which was logged once, as {@code BREACHED}) or by {@code CANCELLED}.
 */
public enum ClockEventType {

	STARTED, PAUSED, RESUMED, WARNED, BREACHED, MET, COMPLETED, CANCELLED, RETARGETED, REASSIGNED

}
