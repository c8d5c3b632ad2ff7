package org.communityops.sla.policy;

/**
 * What a target's clock times: one user task, or a journey between two events of one
 * process.
 */
public sealed interface TargetScope permits TaskScope, JourneyScope {

}
