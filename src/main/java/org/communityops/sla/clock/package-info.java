/**
 * SLA clocks: one per timed item and target, pinned to a policy version, with an
 * append-only event log, warnings and breaches, and the dates a task shows for them.
 * Knows nothing of the workflow engine; the engine side reports facts and runs deadlines
 * through ports. Owns its tables: other modules read clocks through its queries
 * ({@link org.communityops.sla.clock.ClockSearch} with a
 * {@link org.communityops.sla.clock.ClockQuery},
 * {@link org.communityops.sla.clock.OpenClockCounts}, and
 * {@link org.communityops.sla.clock.ClockRecords} for a client's period with its log), in
 * its enums ({@link org.communityops.sla.clock.ClockState},
 * {@link org.communityops.sla.clock.ClockEventType},
 * {@link org.communityops.sla.clock.ClockStatus}) rather than their stored strings.
 */
@ApplicationModule(displayName = "SLA clocks")
package org.communityops.sla.clock;

import org.springframework.modulith.ApplicationModule;
