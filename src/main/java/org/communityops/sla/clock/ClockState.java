package org.communityops.sla.clock;

/**
 * Where a clock is in its life: running or paused while the item is open; met, breached
 * or cancelled after.
 */
public enum ClockState {

	RUNNING, PAUSED, MET, BREACHED, CANCELLED;

	public boolean isOpen() {
		return this == RUNNING || this == PAUSED;
	}

}
