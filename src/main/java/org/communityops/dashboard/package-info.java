/**
 * The account managers' SLA dashboard: each visible client's compliance so far this
 * period, open clocks and credit exposure, as JSON and as the start page that polls it.
 */
@ApplicationModule(displayName = "Dashboard")
package org.communityops.dashboard;

import org.springframework.modulith.ApplicationModule;
