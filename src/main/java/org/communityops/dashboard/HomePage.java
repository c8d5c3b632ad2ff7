package org.communityops.dashboard;

import java.time.ZoneId;
import java.util.List;

import org.communityops.identity.Caller;
import org.communityops.identity.Role;
import org.communityops.sla.policy.PolicyRegistry;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in, by role ({@code templates/pages/home.html}): account
 * managers and administrators see the portfolio of {@code /api/dashboard/portfolio}
 * ({@code static/dashboard/portfolio.js}, refreshed every few seconds), each client
 * linking to its client view; client users see their client's compliance and their open
 * approvals ({@code approvals.js}), in their client's zone; moderators their queue of
 * open SLA clocks, soonest due first ({@code queue.js}).
 */
@Controller
class HomePage {

	private final PolicyRegistry policies;

	HomePage(PolicyRegistry policies) {
		this.policies = policies;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home(@AuthenticationPrincipal Caller caller, Model model) {
		if (caller.isClientSide()) {
			model.addAttribute("zone", clientZone(caller));
			return page(model, caller, "client", "Your SLA compliance", List.of("portfolio", "approvals"));
		}
		if (caller.readsReports()) {
			return page(model, caller, "portfolio", "SLA portfolio", List.of("portfolio"));
		}
		if (caller.is(Role.MODERATOR)) {
			return page(model, caller, "queue", "Your queue", List.of("queue"));
		}
		return page(model, caller, "none", "Start page", List.of());
	}

	/**
	 * The zone a client user's approvals are shown in: their client's; null (the
	 * browser's) for a user of several clients or none with a policy in force.
	 */
	private String clientZone(Caller caller) {
		if (caller.clients().size() != 1) {
			return null;
		}
		return policies.zoneOf(caller.clients().iterator().next()).map(ZoneId::getId).orElse(null);
	}

	private static String page(Model model, Caller caller, String view, String title, List<String> scripts) {
		model.addAttribute("view", view);
		return DashboardPages.page(model, "home", title, caller, scripts);
	}

}
