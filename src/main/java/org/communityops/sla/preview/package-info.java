/**
 * "When would this be due?": business-time arithmetic on a draft calendar, over HTTP, for
 * drafting contracts.
 */
@ApplicationModule(displayName = "SLA preview")
package org.communityops.sla.preview;

import org.springframework.modulith.ApplicationModule;
