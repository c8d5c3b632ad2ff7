/**
 * SLA clocks: one per timed item and target, pinned to a policy version, with an append-only event log, warnings and
 * breaches, and the dates a task shows for them. Knows nothing of the workflow engine; the engine side reports facts
 * and runs deadlines through ports.
 */
@ApplicationModule(displayName = "SLA clocks")
package org.communityops.sla.clock;

import org.springframework.modulith.ApplicationModule;
