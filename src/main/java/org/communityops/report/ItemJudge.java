package org.communityops.report;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.communityops.report.JudgedItem.Outcome;
import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockRecord;

/**
 * Judges a clock as it stood at the as-of instant: its outcome, and its business time on
 * the calendar of its pinned policy version, split at each change of holder and at each
 * pause. A stretch while paused is the client's; any other stretch is its holder's party,
 * except that a journey (held by nobody) runs on the agency's side.
 */
final class ItemJudge {

	private ItemJudge() {
	}

	static JudgedItem judge(ClockRecord clock, Instant asOf, BusinessCalendar calendar,
			Function<String, Party> parties) {
		boolean stopped = clock.stoppedAt() != null && !clock.stoppedAt().isAfter(asOf);
		Instant reportAt = clock.reportAt();
		Outcome outcome = outcome(clock, stopped, reportAt, asOf);
		if (outcome == Outcome.EXCLUDED) {
			return new JudgedItem(outcome, reportAt, 0, 0, null, 0, 0, 0);
		}
		Instant end = stopped ? clock.stoppedAt() : asOf;
		long[] byParty = new long[Party.values().length];
		long paused = 0;
		String holder = clock.holder();
		String heldAtDue = clock.holder();
		boolean pausedNow = false;
		Instant since = clock.startedAt();
		for (ClockEvent change : clock.log()) {
			if (change.at().isAfter(end)) {
				break;
			}
			if (change.at().isAfter(since)) {
				long stretch = elapsed(calendar, since, change.at());
				byParty[(pausedNow ? Party.CLIENT : partyOf(clock, holder, parties)).ordinal()] += stretch;
				paused += pausedNow ? stretch : 0;
				since = change.at();
			}
			switch (change.type()) {
				case STARTED, REASSIGNED -> holder = change.holder();
				case PAUSED -> pausedNow = true;
				case RETARGETED -> {
					// a new allowance changes nobody's side
				}
				case RESUMED -> pausedNow = false;
				default -> throw new IllegalStateException("Unexpected log entry " + change.type());
			}
			if (reportAt != null && !change.at().isAfter(reportAt)) {
				heldAtDue = holder;
			}
		}
		long stretch = elapsed(calendar, since, end);
		byParty[(pausedNow ? Party.CLIENT : partyOf(clock, holder, parties)).ordinal()] += stretch;
		paused += pausedNow ? stretch : 0;
		long working = byParty[0] + byParty[1] + byParty[2] - paused;
		long overrun = outcome.isBreach() ? Math.max(0, working - clock.withinMillis() * 1_000_000) : 0;
		return new JudgedItem(outcome, reportAt, working, overrun, heldAtDue, byParty[Party.AGENCY.ordinal()],
				byParty[Party.CLIENT.ordinal()], byParty[Party.UNASSIGNED.ordinal()]);
	}

	private static Outcome outcome(ClockRecord clock, boolean stopped, Instant reportAt, Instant asOf) {
		if (stopped) {
			return switch (clock.state()) {
				case MET -> Outcome.MET;
				case BREACHED -> Outcome.BREACHED;
				default -> Outcome.EXCLUDED;
			};
		}
		boolean due = reportAt != null && !reportAt.isAfter(asOf);
		boolean breached = clock.breachedAt() != null && !clock.breachedAt().isAfter(asOf);
		return due || breached ? Outcome.RUNNING_BREACHED : Outcome.PENDING;
	}

	private static Party partyOf(ClockRecord clock, String holder, Function<String, Party> parties) {
		return clock.isJourney() ? Party.AGENCY : holder == null ? Party.UNASSIGNED : parties.apply(holder);
	}

	private static long elapsed(BusinessCalendar calendar, Instant from, Instant to) {
		return to.isAfter(from) ? calendar.elapsed(from, to, List.of()).toNanos() : 0;
	}

}
