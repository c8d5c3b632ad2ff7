package org.communityops.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Checks what a caller asked for: a known client, a period in the form of its contract
 * (month or quarter, read in the contract's zone from the newest version of its policy)
 * that has begun. "Now" comes from the application's clock.
 */
@Component
public class ReportScopes {

	private final PolicyRegistry policies;

	private final Clock clock;

	ReportScopes(PolicyRegistry policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	/**
	 * The scope of one client's report; a bad client or period is a
	 * {@link BadRequestException} naming it.
	 */
	public ReportScope resolve(String client, String period) {
		PolicyVersion newest = newestVersion(client);
		ReportPeriod parsed = ReportPeriod.parse(required("period", period, "e.g. 2026-10"),
				newest.policy().contract().period(), newest.policy().calendar().zone(), newest.client());
		Instant now = clock.instant();
		if (parsed.startInstant().isAfter(now)) {
			throw new BadRequestException("period", "period " + parsed.label() + " has not begun: it starts on "
					+ parsed.start() + " (" + parsed.zone() + "); a report covers a period that has begun");
		}
		Instant end = parsed.endInstant();
		return new ReportScope(newest.client(), parsed, now.isBefore(end) ? now : end, now.isBefore(end));
	}

	/**
	 * The scope of the client's current period (in its contract's form and zone), judged
	 * as of now: partial.
	 */
	public ReportScope current(String client) {
		PolicyVersion newest = newestVersion(client);
		Instant now = clock.instant();
		ReportPeriod period = ReportPeriod.containing(now, newest.policy().contract().period(),
				newest.policy().calendar().zone());
		return new ReportScope(newest.client(), period, now, true);
	}

	/**
	 * The client's current period (partial, as of now) and the {@code count - 1} before
	 * it (each judged as of its end), oldest first.
	 */
	public List<ReportScope> lastPeriods(String client, int count) {
		ReportScope current = current(client);
		List<ReportScope> scopes = new ArrayList<>(List.of(current));
		ReportPeriod period = current.period();
		while (scopes.size() < count) {
			period = ReportPeriod.containing(period.startInstant().minusNanos(1), period.kind(), period.zone());
			scopes.add(0, new ReportScope(current.client(), period, period.endInstant(), false));
		}
		return scopes;
	}

	/**
	 * The newest version of the client's policy, in force or withdrawn; an unknown client
	 * is a bad request.
	 */
	PolicyVersion newestVersion(String client) {
		String name = required("client", client, "e.g. northwind");
		List<PolicyVersion> history = policies.history(name);
		if (history.isEmpty()) {
			throw new BadRequestException("client",
					"Unknown client '" + name + "'; expected one of " + policies.clients());
		}
		return history.get(history.size() - 1);
	}

	private static String required(String field, String value, String example) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field, field + " is required, " + example);
		}
		return value.trim();
	}

}
