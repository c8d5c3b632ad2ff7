/**
 * Business-time arithmetic for SLA targets: business calendars and the due/elapsed
 * computations on them.
 */
@ApplicationModule(displayName = "SLA calendars")
package org.communityops.sla.calendar;

import org.springframework.modulith.ApplicationModule;
