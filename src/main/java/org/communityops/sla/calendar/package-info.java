/**
 * Business-time arithmetic for SLA targets: business calendars and the due/elapsed computations on them.
 */
package org.communityops.sla.calendar;
