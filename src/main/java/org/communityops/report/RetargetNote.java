package org.communityops.report;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.communityops.sla.clock.ClockRecord;
import org.communityops.sla.clock.Retargeting;

/**
 * What a breached item's row says of the priority changes in its log: when, from which
 * priority and allowance to which, and the allowance the item was judged by (the new one,
 * or the old one when the change came after the breach, which stands).
 */
final class RetargetNote {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private RetargetNote() {
	}

	/** The note, or null for a clock whose priority never changed. */
	static String of(ClockRecord clock, ZoneId zone) {
		List<Retargeting> changes = clock.log().stream().flatMap(entry -> Retargeting.of(entry).stream()).toList();
		return changes.isEmpty() ? null
				: changes.stream().map(change -> sentence(change, zone)).collect(Collectors.joining("; "));
	}

	private static String sentence(Retargeting change, ZoneId zone) {
		String what = " from " + change.fromPriority() + " (" + hours(change.fromWithin()) + ") to "
				+ change.toPriority() + " (" + hours(change.toWithin()) + ")";
		String when = LOCAL.format(change.at().atZone(zone));
		return change.afterBreach()
				? "Priority changed after the breach, " + when + "," + what + ": the breach stands with "
						+ hours(change.judgedBy())
				: "Re-targeted " + when + what + ": judged by " + hours(change.judgedBy());
	}

	/** Business time as h:mm, as the sheets show durations. */
	private static String hours(Duration duration) {
		long minutes = duration.toMinutes();
		return String.format("%d:%02d", minutes / 60, minutes % 60);
	}

}
