/**
 * Contract compliance reports per client and period (Excel, CSV, JSON), computed from the
 * SLA clocks and their logs (read through
 * {@link org.communityops.sla.clock.ClockRecords}) and the policy versions they are
 * pinned to; over HTTP, on the command line and as a portfolio of clients.
 */
@ApplicationModule(displayName = "Compliance reports")
package org.communityops.report;

import org.springframework.modulith.ApplicationModule;
