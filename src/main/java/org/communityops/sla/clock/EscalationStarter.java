package org.communityops.sla.clock;

import java.time.Instant;

/**
 * Starts the escalation of a breached clock and returns its id, or null when the breach
 * is not escalated (a clock of an escalation itself). Implemented by starting
 * EscalationProcess.
 */
public interface EscalationStarter {

	String startEscalation(SlaClock clock, Instant breachedAt);

}
