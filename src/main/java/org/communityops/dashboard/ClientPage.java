package org.communityops.dashboard;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
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
 * any item's SLA timeline, and the compliance report to download, with times in the
 * client's zone. The page ({@code templates/pages/client.html}) is the frame;
 * {@code static/dashboard/client.js} fills it from
 * {@code /api/dashboard/clients/{client}} every few seconds. Access is checked as for
 * that endpoint, before anything of the client is shown.
 */
@Controller
class ClientPage {

	private final ClientDashboard dashboard;

	private final PolicyRegistry policies;

	ClientPage(ClientDashboard dashboard, PolicyRegistry policies) {
		this.dashboard = dashboard;
		this.policies = policies;
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
			HttpStatus status = refused instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
			response.setStatus(status.value());
			model.addAttribute("message", refused.getMessage());
			model.addAttribute("status", status.value());
			return DashboardPages.page(model, "refused", status.getReasonPhrase(), caller, List.of());
		}
		SlaPolicy policy = policies.current(client).orElseThrow().policy();
		model.addAttribute("client", client);
		model.addAttribute("name", policy.name());
		model.addAttribute("zone", policy.calendar().zone().getId());
		return DashboardPages.page(model, "client", policy.name() + " · client view", caller, List.of("client"));
	}

}
