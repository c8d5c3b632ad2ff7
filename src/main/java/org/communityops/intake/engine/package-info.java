/**
 * Intake's room in the process engine: the {@code WorkItems} port on the engine's
 * services, and the delegate that carries a triage decision back to the platform as a
 * retried job.
 */
package org.communityops.intake.engine;
