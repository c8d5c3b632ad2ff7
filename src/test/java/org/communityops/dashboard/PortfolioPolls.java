package org.communityops.dashboard;

import java.util.List;
import java.util.function.Supplier;

import org.communityops.identity.Caller;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One portfolio poll as {@code GET /api/dashboard/portfolio} answers it, minus HTTP and
 * JSON, for the benchmark in {@code org.communityops.benchmark} (the dashboard's classes
 * are package-private): the caller signed in, as the security filters would leave them,
 * and {@link DashboardPortfolio#of} with them.
 */
public final class PortfolioPolls {

	private PortfolioPolls() {
	}

	/**
	 * Each call is one poll by {@code caller}; it answers how many clients it saw, and
	 * the view to look at.
	 */
	public static Supplier<Poll> of(ApplicationContext application, Caller caller) {
		DashboardPortfolio portfolio = application.getBean(DashboardPortfolio.class);
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of());
		return () -> {
			SecurityContextHolder.getContext().setAuthentication(signedIn);
			try {
				return new Poll(portfolio.of(caller));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		};
	}

	/** The answer of one poll, read through the few figures the benchmark checks. */
	public record Poll(Object view) {

		private PortfolioView portfolio() {
			return (PortfolioView) view;
		}

		public List<String> clients() {
			return portfolio().clients().stream().map(PortfolioView.ClientLine::client).toList();
		}

		/** Met and breached items of the client's target, as the page shows them. */
		public int decided(String client, String target) {
			return line(client).targets()
				.stream()
				.filter(line -> line.id().equals(target))
				.mapToInt(line -> line.met() + line.breached())
				.sum();
		}

		/** The client's open clocks, running, at risk or breached. */
		public long open(String client) {
			PortfolioView.OpenCounts open = line(client).open();
			return open.running() + open.atRisk() + open.breached();
		}

		private PortfolioView.ClientLine line(String client) {
			return portfolio().clients()
				.stream()
				.filter(line -> line.client().equals(client))
				.findFirst()
				.orElseThrow();
		}

	}

}
