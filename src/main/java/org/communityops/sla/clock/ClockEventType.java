package org.communityops.sla.clock;

/** What can happen to a clock; each happening is one row of its append-only log. */
public enum ClockEventType {

	STARTED, PAUSED, RESUMED, WARNED, BREACHED, MET, CANCELLED, RETARGETED, REASSIGNED

}
