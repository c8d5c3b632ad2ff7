package org.communityops.dashboard;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.communityops.report.ComplianceReports;
import org.communityops.report.chart.Trend;
import org.communityops.report.chart.TrendChart;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.SlaPolicy;
import org.communityops.web.ForbiddenException;
import org.communityops.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One client's view for its account manager, opened from the portfolio: compliance per
 * target, the items at risk counting down, this period's breaches with their escalations,
 * any item's SLA timeline, the compliance of the last {@value #TREND_PERIODS} periods as
 * a chart, and the compliance report to download, with times in the client's zone. The
 * page ({@code templates/pages/client.html}) is the frame;
 * {@code static/dashboard/client.js} fills it from
 * {@code /api/dashboard/clients/{client}} every few seconds. Access is checked as for
 * that endpoint, before anything of the client is shown.
 */
@Controller
class ClientPage {

	static final int TREND_PERIODS = 6;

	private final ClientDashboard dashboard;

	private final PolicyRegistry policies;

	private final ComplianceReports reports;

	ClientPage(ClientDashboard dashboard, PolicyRegistry policies, ComplianceReports reports) {
		this.dashboard = dashboard;
		this.policies = policies;
		this.reports = reports;
	}

	/**
	 * A client the caller may not see is a page saying so, with 404 (or 403 for a role
	 * without the view).
	 */
	@GetMapping(path = "/clients/{client}", produces = MediaType.TEXT_HTML_VALUE)
	String client(@PathVariable String client, @AuthenticationPrincipal Caller caller, Model model,
			HttpServletResponse response) {
		try {
			dashboard.requireViewOf(client);
		}
		catch (NotFoundException | ForbiddenException refused) {
			return DashboardPages.refused(model, caller, response,
					refused instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN,
					refused.getMessage());
		}
		SlaPolicy policy = policies.current(client).orElseThrow().policy();
		model.addAttribute("client", client);
		model.addAttribute("name", policy.name());
		model.addAttribute("zone", policy.calendar().zone().getId());
		Trend trend = Trend.periodsOf(reports.lastPeriods(client, TREND_PERIODS));
		model.addAttribute("trend", trend);
		model.addAttribute("trendSvg", TrendChart.svg(trend));
		model.addAttribute("colours", IntStream.range(0, trend.series().size()).mapToObj(TrendChart::colour).toList());
		return DashboardPages.page(model, "client", policy.name() + " · client view", caller, List.of("client"));
	}

}
