package org.communityops.dashboard;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.communityops.identity.Caller;
import org.communityops.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The start page after sign-in, by role: account managers and administrators see the
 * portfolio of {@code /api/dashboard/portfolio} ({@code static/dashboard/portfolio.js},
 * refreshed every few seconds), each client linking to its client view; client users see
 * their client's compliance and their open approvals ({@code approvals.js}); moderators
 * their queue of open SLA clocks, soonest due first ({@code queue.js}).
 */
@Controller
class HomePage {

	private static final String PORTFOLIO = """
			<h2>{heading} <small id="portfolio-status"></small></h2>
			<table id="portfolio" data-api="{base}/api/dashboard/portfolio" data-reports="{base}/api/reports/compliance"{clientView}>
			<thead><tr><th>Client</th><th>Period</th><th>Compliance so far, per target (objective)</th>
			<th>Running</th><th>At risk</th><th>Breached</th><th>Credit exposure</th><th>Report</th></tr></thead>
			<tbody><tr><td colspan="8">Loading…</td></tr></tbody></table>
			<p><small>Breached: items due this period that breached. Credit exposure: the service credits owed if the
			period ended now, capped by the contract. Report: this period's compliance report so far.{clickHint}</small></p>""";

	private static final String APPROVALS = """
			<h2>Your open approvals <small id="approvals-status"></small></h2>
			<table id="approvals" data-api="{base}/api/dashboard/approvals"
			  data-tasklist="{base}/camunda/app/tasklist/default/#/">
			<thead><tr><th>Time left</th><th>Task</th><th>About</th><th>Waiting since</th><th>Claimed by</th></tr>
			</thead><tbody><tr><td colspan="5">Loading…</td></tr></tbody></table>
			<p><small>The work waiting on your team, soonest due first; open a task in Tasklist to approve it.</small></p>""";

	private static final String QUEUE = """
			<h2>Your queue <small id="queue-status"></small></h2>
			<table id="queue" data-api="{base}/api/sla/clocks?size=200" data-tasklist="{base}/camunda/app/tasklist/default/#/">
			<thead><tr><th>Time left</th><th>State</th><th>Client</th><th>Target</th><th>Task</th><th>Held by</th></tr>
			</thead><tbody><tr><td colspan="6">Loading…</td></tr></tbody></table>
			<p><small>Open SLA clocks of your clients, soonest due first; time left counts down to the due time.</small></p>""";

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String home(@AuthenticationPrincipal Caller caller, HttpServletRequest request, CsrfToken csrf) {
		if (caller.isClientSide()) {
			return DashboardPages.page("CommunityOps", caller, request, csrf, List.of("portfolio", "approvals"),
					PORTFOLIO.replace("{heading}", "Your SLA compliance")
						.replace("{clientView}", "")
						.replace("{clickHint}", "") + APPROVALS);
		}
		if (caller.readsReports()) {
			return DashboardPages.page("CommunityOps", caller, request, csrf, List.of("portfolio"),
					PORTFOLIO.replace("{heading}", "SLA portfolio")
						.replace("{clientView}", " data-client-view=\"{base}/clients/\"")
						.replace("{clickHint}", " Click a client for its view."));
		}
		if (caller.is(Role.MODERATOR)) {
			return DashboardPages.page("CommunityOps", caller, request, csrf, List.of("queue"), QUEUE);
		}
		return DashboardPages.page("CommunityOps", caller, request, csrf, List.of(), "");
	}

}
