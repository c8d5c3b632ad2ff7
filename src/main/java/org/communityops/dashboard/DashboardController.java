package org.communityops.dashboard;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's data as JSON, for the start page's polling and for anyone's own tools. Answers for the caller's
 * clients only; roles without reports (moderators, other staff) get 403, since the figures carry fees and credits.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

	private final DashboardPortfolio portfolio;

	DashboardController(DashboardPortfolio portfolio) {
		this.portfolio = portfolio;
	}

	@GetMapping("/portfolio")
	PortfolioView portfolio(Principal caller) {
		return portfolio.of(caller);
	}

}
