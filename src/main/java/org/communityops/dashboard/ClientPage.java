package org.communityops.dashboard;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.communityops.identity.Caller;
import org.communityops.web.ForbiddenException;
import org.communityops.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * One client's view for its account manager, opened from the portfolio: compliance per
 * target, the items at risk counting down, this period's breaches with their escalations,
 * any item's SLA timeline, and the compliance report to download. The page is the frame;
 * {@code static/dashboard/client.js} fills it from
 * {@code /api/dashboard/clients/{client}} every few seconds. Access is checked as for
 * that endpoint, before anything of the client is shown.
 */
@Controller
class ClientPage {

	private static final String BODY = """
			<section id="client" data-client="{client}" data-api="{base}/api/dashboard/clients/{client}"
			  data-clock-api="{base}/api/sla/clocks/" data-reports="{base}/api/reports/compliance"
			  data-tasklist="{base}/camunda/app/tasklist/default/#/"
			  data-cockpit="{base}/camunda/app/cockpit/default/#/process-instance/">
			<h2><span id="client-name">{client}</span> <small id="client-status"></small></h2>
			<p id="client-period"></p>
			<table id="targets"><thead><tr><th>Target</th><th>Compliance (objective)</th><th>Met</th><th>Breached</th>
			<th>Pending</th><th>Running</th><th>At risk</th><th>Open breached</th><th>Credit</th></tr></thead>
			<tbody><tr><td colspan="9">Loading…</td></tr></tbody></table>
			<section><h3>At risk, soonest due first</h3>
			<table id="at-risk"><thead><tr><th>Time left</th><th>Target</th><th>Task</th><th>About</th><th>Priority</th>
			<th>Held by</th><th>Warned</th></tr></thead><tbody></tbody></table></section>
			<section><h3>Breaches this period</h3>
			<table id="breaches"><thead><tr><th>Overdue by</th><th>Breached</th><th>Target</th><th>Task</th><th>About</th>
			<th>Item</th><th>Escalation</th></tr></thead><tbody></tbody></table></section>
			<section><h3>SLA timeline <small id="timeline-status">click an item above</small></h3>
			<div id="timeline"></div></section>
			<section><h3>Compliance report</h3>
			<p id="report-links"></p>
			<form id="report-form" class="inline"><label for="report-period">Another period</label>
			<input id="report-period" name="period" placeholder="e.g. 2026-10" required>
			<button type="submit" value="xlsx">Excel</button><button type="submit" value="pdf">PDF</button><button type="submit" value="csv">CSV</button>
			<button type="submit" value="json">JSON</button></form>
			<p id="report-error" class="error" role="alert"></p></section>
			</section>""";

	private final ClientDashboard dashboard;

	ClientPage(ClientDashboard dashboard) {
		this.dashboard = dashboard;
	}

	/**
	 * A client the caller may not see is a page saying so, with 404 (or 403 for a role
	 * without the view).
	 */
	@GetMapping(path = "/clients/{client}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> client(@PathVariable String client, @AuthenticationPrincipal Caller caller,
			HttpServletRequest request, CsrfToken csrf) {
		try {
			dashboard.requireViewOf(client);
		}
		catch (NotFoundException | ForbiddenException refused) {
			HttpStatus status = refused instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
			return ResponseEntity.status(status)
				.contentType(MediaType.TEXT_HTML)
				.body(DashboardPages.page(status.getReasonPhrase(), caller, request, csrf, List.of(),
						"<p class=\"error\">%s (%d).</p>".formatted(HtmlUtils.htmlEscape(refused.getMessage()),
								status.value())));
		}
		String escaped = HtmlUtils.htmlEscape(client);
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.body(DashboardPages.page(client, caller, request, csrf, List.of("client"),
					BODY.replace("{client}", escaped)));
	}

}
