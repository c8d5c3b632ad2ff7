package org.communityops.sla.clock;

import java.util.List;

import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.calendar.Pause;
import org.communityops.sla.policy.SlaTarget;

/**
 * What a clock's arithmetic needs: its target as pinned, the calendar it runs on and its
 * pauses so far.
 */
record Timing(SlaTarget target, BusinessCalendar calendar, List<Pause> pauses) {
}
