package org.communityops.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.communityops.sla.clock.ClockRecord;
import org.communityops.sla.clock.ClockRecords;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.springframework.stereotype.Service;

/**
 * Computes compliance reports: reads the clocks due in the period in one streaming pass
 * ({@link ClockRecords}, on a thread of its own that reads ahead of the report,
 * {@link ReadAhead}), judges each on its pinned policy version as it stood at the as-of
 * instant, hands each breach to a sink as it goes, and assembles the figures per target.
 * Memory grows with the number of targets and weeks, plus 8 bytes per completed item for
 * the exact percentiles.
 */
@Service
public class ComplianceReports {

	private final ClockRecords records;

	private final PolicyRegistry policies;

	private final HolderParties parties;

	private final ReportScopes scopes;

	ComplianceReports(ClockRecords records, PolicyRegistry policies, HolderParties parties, ReportScopes scopes) {
		this.records = records;
		this.policies = policies;
		this.parties = parties;
		this.scopes = scopes;
	}

	/**
	 * The report of the scope; each breached item goes to {@code breaches} while the
	 * period is read.
	 */
	public ComplianceReport build(ReportScope scope, BreachSink breaches) {
		Function<String, Party> partyOf = parties.forClient(scope.client());
		PinnedCalendars calendars = new PinnedCalendars(policies, scope.client());
		Map<String, TargetTally> tallies = new LinkedHashMap<>();
		ZoneId zone = scope.period().zone();
		ReadAhead.Reader period = read -> records.ofPeriod(scope.client(), scope.period().startInstant(),
				scope.period().endInstant(), read);
		ReadAhead.run(period, clock -> {
			JudgedItem item = ItemJudge.judge(clock, scope.asOf(),
					calendars.of(clock.policyVersion(), clock.targetId()), partyOf);
			if (item.outcome() == JudgedItem.Outcome.EXCLUDED) {
				return;
			}
			LocalDate week = item.reportAt()
				.atZone(zone)
				.toLocalDate()
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			tallies.computeIfAbsent(clock.targetId(), TargetTally::new).add(item, week);
			if (item.outcome().isBreach()) {
				breaches.accept(new BreachedItem(clock.targetId(), clock.id(), clock.taskId(),
						clock.taskDefinitionKey(), clock.processInstanceId(), clock.startedAt(), item.reportAt(),
						item.outcome() == JudgedItem.Outcome.BREACHED ? clock.stoppedAt() : null,
						Duration.ofNanos(item.overrunNanos()), item.heldAtDue(), RetargetNote.of(clock, zone)));
			}
		});
		PolicyVersion terms = calendars.used().isEmpty() ? fallbackTerms(scope)
				: calendars.used().get(calendars.used().lastKey());
		return new ReportAssembly(scope, terms, calendars.used()).assemble(tallies);
	}

	/**
	 * The reports of the client's current period so far and the {@code count - 1} before
	 * it, oldest first, for a trend.
	 */
	public List<ComplianceReport> lastPeriods(String client, int count) {
		return scopes.lastPeriods(client, count).stream().map(scope -> build(scope, item -> {
		})).toList();
	}

	/**
	 * Without items, the terms are those of the version governing the period's start,
	 * else the newest.
	 */
	private PolicyVersion fallbackTerms(ReportScope scope) {
		return policies.governing(scope.client(), scope.period().startInstant())
			.orElseGet(() -> scopes.newestVersion(scope.client()));
	}

}
