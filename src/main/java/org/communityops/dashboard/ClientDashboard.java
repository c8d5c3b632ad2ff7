package org.communityops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.communityops.dashboard.ClientView.Breach;
import org.communityops.dashboard.ClientView.Item;
import org.communityops.dashboard.Escalations.Escalation;
import org.communityops.identity.Caller;
import org.communityops.identity.ClientAccess;
import org.communityops.identity.VisibleClients;
import org.communityops.report.ReportScopes;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockQuery;
import org.communityops.sla.clock.ClockSearch;
import org.communityops.sla.clock.ClockStatus;
import org.communityops.sla.clock.ClockViews.ClockView;
import org.communityops.sla.clock.Retargeting;
import org.communityops.sla.clock.SlaClock;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.web.ForbiddenException;
import org.communityops.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Builds the client view for the agency's staff who read reports (account managers,
 * administrators): another client's view is 404 like one that does not exist, and client
 * users, who see their compliance and open approvals only, get 403. Lists are capped at
 * {@value #LIMIT} items each; the counts in the summary are complete. The lists are the
 * clock search's ({@link ClockSearch}): the client's at-risk clocks, soonest due first
 * (paused ones last), and its breaches still open, most overdue first, then those that
 * breached this period and stopped, most recently stopped first.
 */
@Service
class ClientDashboard {

	static final int LIMIT = 100;

	private final ClientAccess access;

	private final DashboardPortfolio portfolio;

	private final ClockSearch clocks;

	private final Escalations escalations;

	private final Subjects subjects;

	private final ReportScopes scopes;

	private final PolicyRegistry policies;

	private final ClockLog log;

	private final Clock clock;

	ClientDashboard(ClientAccess access, DashboardPortfolio portfolio, ClockSearch clocks, ClockLog log,
			Escalations escalations, Subjects subjects, ReportScopes scopes, PolicyRegistry policies, Clock clock) {
		this.log = log;
		this.subjects = subjects;
		this.scopes = scopes;
		this.policies = policies;
		this.access = access;
		this.portfolio = portfolio;
		this.clocks = clocks;
		this.escalations = escalations;
		this.clock = clock;
	}

	/**
	 * 404 for a client the caller does not see or that has no policy, 403 for a role
	 * without the client view.
	 */
	void requireViewOf(String client) {
		access.requireReportsOf(client);
		if (!policies.knows(client)) {
			throw new NotFoundException("No client '" + client + "'");
		}
		if (access.caller().filter(Caller::isClientSide).isPresent()) {
			throw new ForbiddenException("The client view is for the agency's staff; client users see their "
					+ "compliance and open approvals on the start page");
		}
	}

	ClientView of(String client) {
		requireViewOf(client);
		Instant now = clock.instant();
		PortfolioView.ClientLine summary = portfolio.lineOf(client);
		VisibleClients visible = access.visibleClients();
		ClockQuery ofClient = ClockQuery.ofClient(client).first(LIMIT);
		List<SlaClock> risky = clocks.find(ofClient.withStatus(ClockStatus.AT_RISK), visible).clocks();
		Instant periodStart = scopes.current(client).period().startInstant();
		List<SlaClock> breached = clocks
			.find(ofClient.withStatus(ClockStatus.BREACHED).openOrBreachedSince(periodStart), visible)
			.clocks();
		Map<String, String> about = subjects
			.byInstanceId(Stream.concat(risky.stream(), breached.stream()).map(SlaClock::processInstanceId).toList());
		Map<String, Escalation> started = escalations.byInstanceId(
				breached.stream().map(SlaClock::escalationInstanceId).filter(Objects::nonNull).distinct().toList());
		List<Item> atRisk = risky.stream()
			.map(c -> new Item(ClockView.of(c, now), about.get(c.processInstanceId())))
			.toList();
		Map<String, List<Retargeting>> retargeted = log.retargetingsOf(breached.stream().map(SlaClock::id).toList());
		List<Breach> breaches = breached.stream()
			.map(c -> new Breach(ClockView.of(c, now), about.get(c.processInstanceId()),
					c.escalationInstanceId() == null ? null : started.get(c.escalationInstanceId()),
					retargeted.getOrDefault(c.id(), List.of())))
			.toList();
		return new ClientView(now, summary, atRisk, breaches);
	}

}
