package org.communityops.dashboard;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.communityops.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's data as JSON, for the pages' polling and for anyone's own tools: the
 * portfolio, one client's view, and a client user's open approvals. Answers for the
 * caller's clients only; roles without reports (moderators, other staff) get 403 for the
 * figures, since they carry fees and credits.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

	private final DashboardPortfolio portfolio;

	private final ClientDashboard clients;

	private final Approvals approvals;

	private final Clock clock;

	DashboardController(DashboardPortfolio portfolio, ClientDashboard clients, Approvals approvals, Clock clock) {
		this.clock = clock;
		this.portfolio = portfolio;
		this.clients = clients;
		this.approvals = approvals;
	}

	@GetMapping("/portfolio")
	PortfolioView portfolio(Principal caller) {
		return portfolio.of(caller);
	}

	@GetMapping("/clients/{client}")
	ClientView client(@PathVariable String client) {
		return clients.of(client);
	}

	/** The caller's open approvals as a client user; an empty list for everyone else. */
	@GetMapping("/approvals")
	List<Approvals.Approval> approvals(@AuthenticationPrincipal Caller caller) {
		return approvals.openFor(caller, clock.instant());
	}

}
