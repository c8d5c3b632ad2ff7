package org.communityops.report;

import java.util.List;

/**
 * The clients of a portfolio report and their periods.
 *
 * @param period the period as asked for, e.g. {@code 2026-10}
 * @param notes the clients of the portfolio that were left out, and why
 */
public record PortfolioScope(String period, List<ReportScope> scopes, List<String> notes) {
}
