package org.communityops.report;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.communityops.sla.policy.ReportingPeriod;
import org.communityops.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Resolves a portfolio request: the clients named, each of which must report in the
 * period's form, or else the caller's {@link Portfolio}, leaving out (with a note) the
 * clients whose contract reports in the other form.
 */
@Component
public class PortfolioScopes {

	private static final Pattern QUARTER_FORM = Pattern.compile("\\d{4}-Q\\d");

	private final ReportScopes scopes;

	private final Portfolio portfolio;

	PortfolioScopes(ReportScopes scopes, Portfolio portfolio) {
		this.scopes = scopes;
		this.portfolio = portfolio;
	}

	/**
	 * @param clients comma-separated client slugs, or null or blank for the caller's
	 * portfolio
	 */
	public PortfolioScope resolve(Principal caller, String clients, String period) {
		if (period == null || period.isBlank()) {
			throw new BadRequestException("period", "period is required, e.g. 2026-10 or 2026-Q4");
		}
		if (clients != null && !clients.isBlank()) {
			List<ReportScope> named = Arrays.stream(clients.split(","))
				.map(String::trim)
				.filter(client -> !client.isEmpty())
				.distinct()
				.map(client -> scopes.resolve(client, period))
				.toList();
			return new PortfolioScope(period.trim(), named, List.of());
		}
		ReportingPeriod form = QUARTER_FORM.matcher(period.trim()).matches() ? ReportingPeriod.QUARTER
				: ReportingPeriod.MONTH;
		List<ReportScope> included = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String client : portfolio.clientsOf(caller)) {
			ReportingPeriod kind = scopes.newestVersion(client).policy().contract().period();
			if (kind == form) {
				included.add(scopes.resolve(client, period));
			}
			else {
				notes.add(client + " is not in this portfolio: its contract reports by " + kind.key() + ", not by "
						+ form.key());
			}
		}
		if (included.isEmpty()) {
			throw new BadRequestException("period", "No client of the portfolio reports by " + form.key()
					+ (notes.isEmpty() ? "" : ": " + String.join("; ", notes)));
		}
		return new PortfolioScope(period.trim(), included, notes);
	}

}
