/**
 * The workflow engine's side of the SLA clocks, and the only Camunda-aware SLA code: task
 * events in, due dates on tasks, deadlines on the engine's job executor, escalations as
 * process instances. {@code SlaEnginePlugin} wires it all into the engine;
 * {@code SlaKeepers} resolves the keepers, which need the engine, after the engine is
 * built.
 */
@ApplicationModule(displayName = "SLA engine seam")
package org.communityops.sla.engine;

import org.springframework.modulith.ApplicationModule;
