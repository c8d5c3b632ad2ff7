package org.communityops.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.communityops.identity.Caller;
import org.communityops.identity.Role;
import org.communityops.security.Page;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The start page after sign-in: who you are, which clients you see, where the work is, and for roles that see
 * reports (account managers, administrators, client users) the portfolio of {@code /api/dashboard/portfolio}, which
 * {@code static/dashboard/portfolio.js} fetches and renders again every few seconds; for moderators their queue of
 * open SLA clocks from {@code /api/sla/clocks}, soonest due first ({@code static/dashboard/queue.js}).
 */
@Controller
class HomePage {

	private static final String PORTFOLIO = """
			<h2>SLA portfolio <small id="portfolio-status"></small></h2>
			<table id="portfolio" data-api="%1$s/api/dashboard/portfolio" data-reports="%1$s/api/reports/compliance">
			<thead><tr><th>Client</th><th>Period</th><th>Compliance so far, per target (objective)</th>
			<th>Running</th><th>At risk</th><th>Breached</th><th>Credit exposure</th><th>Report</th></tr></thead>
			<tbody><tr><td colspan="8">Loading…</td></tr></tbody></table>
			<p><small>Breached: items due this period that breached. Credit exposure: the service credits owed if the
			period ended now, capped by the contract. Report: this period's compliance report so far.</small></p>""";

	private static final String HEAD = """
			<style>body{max-width:72rem}table{border-collapse:collapse;width:100%%}th,td{border-bottom:1px solid #ddd;
			padding:.4rem;text-align:left;vertical-align:top}td.number{text-align:right}.fail{color:#b00020}
			.pass{color:#1b5e20}ul.targets{list-style:none;margin:0;padding:0}</style>
			<script src="%1$s/dashboard/common.js" defer></script><script src="%1$s/dashboard/%2$s.js" defer></script>""";

	private static final String QUEUE = """
			<h2>Your queue <small id="queue-status"></small></h2>
			<table id="queue" data-api="%1$s/api/sla/clocks?size=200" data-tasklist="%1$s/camunda/app/tasklist/default/#/">
			<thead><tr><th>Time left</th><th>State</th><th>Client</th><th>Target</th><th>Task</th><th>Held by</th></tr>
			</thead><tbody><tr><td colspan="6">Loading…</td></tr></tbody></table>
			<p><small>Open SLA clocks of your clients, soonest due first; time left counts down to the due time.</small></p>""";

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String home(@AuthenticationPrincipal Caller caller, HttpServletRequest request, CsrfToken csrf) {
		String base = request.getContextPath();
		String clients = caller.clients().isEmpty() ? "none" : String.join(", ", caller.clients());
		String intro = """
				<p>Signed in as <strong>%s</strong> (%s); clients: %s.</p>
				<ul>
				  <li><a href="%s/camunda/app/tasklist/">Tasklist</a> (signs in separately, same account)</li>
				  <li><a href="%s/api/sla/clocks">SLA clocks</a>, <a href="%s/api/sla/policies">SLA policies</a></li>
				</ul>
				<form method="post" action="%s/logout"><input type="hidden" name="%s" value="%s">
				<button type="submit">Sign out</button></form>""".formatted(HtmlUtils.htmlEscape(caller.userId()),
				HtmlUtils.htmlEscape(caller.roles().toString().toLowerCase()), HtmlUtils.htmlEscape(clients), base, base,
				base, base, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
		String escapedBase = HtmlUtils.htmlEscape(base);
		if (caller.readsReports()) {
			return Page.html("CommunityOps", HEAD.formatted(escapedBase, "portfolio"),
					intro + PORTFOLIO.formatted(escapedBase));
		}
		if (caller.is(Role.MODERATOR)) {
			return Page.html("CommunityOps", HEAD.formatted(escapedBase, "queue"), intro + QUEUE.formatted(escapedBase));
		}
		return Page.html("CommunityOps", intro);
	}

}
