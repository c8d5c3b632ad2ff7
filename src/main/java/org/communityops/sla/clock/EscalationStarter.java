package org.communityops.sla.clock;

import java.time.Instant;

/** Starts the escalation of a breached clock and returns its id. Implemented by starting EscalationProcess. */
public interface EscalationStarter {

	String startEscalation(SlaClock clock, Instant breachedAt);

}
