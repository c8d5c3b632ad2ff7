package org.communityops.dashboard;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communityops.dashboard.PortfolioView.ClientLine;
import org.communityops.dashboard.PortfolioView.OpenCounts;
import org.communityops.dashboard.PortfolioView.TargetLine;
import org.communityops.report.ComplianceReport;
import org.communityops.report.Portfolio;
import org.communityops.sla.clock.OpenClockCounts;
import org.springframework.stereotype.Service;

/**
 * Builds a caller's portfolio view: the clients whose reports they may see (403 for roles
 * without reports), each with the compliance report of its current period (shared by all
 * callers for a short while, {@link CurrentReports}) and the open clock counts of its
 * targets as of now. All figures come from the report and the clocks; nothing is computed
 * twice.
 */
@Service
class DashboardPortfolio {

	private final Portfolio portfolio;

	private final CurrentReports reports;

	private final OpenClockCounts openClocks;

	private final Clock clock;

	DashboardPortfolio(Portfolio portfolio, CurrentReports reports, OpenClockCounts openClocks, Clock clock) {
		this.clock = clock;
		this.portfolio = portfolio;
		this.reports = reports;
		this.openClocks = openClocks;
	}

	PortfolioView of(Principal caller) {
		List<String> clients = portfolio.clientsOf(caller);
		Map<String, Map<String, OpenCounts>> open = byClient(openClocks.all());
		List<ClientLine> lines = new ArrayList<>();
		for (String client : clients) {
			lines.add(line(reports.of(client), open.getOrDefault(client, Map.of())));
		}
		return new PortfolioView(clock.instant(), lines);
	}

	/** One client's line, for a caller whose access to it is checked. */
	ClientLine lineOf(String client) {
		return line(reports.of(client), byClient(openClocks.of(client)).getOrDefault(client, Map.of()));
	}

	private static ClientLine line(ComplianceReport report, Map<String, OpenCounts> open) {
		List<TargetLine> targets = report.targets()
			.stream()
			.map(t -> new TargetLine(t.id(), t.name(), t.objective(), t.complianceRate(), t.result(), t.met(),
					t.breached() + t.runningBreached(), t.pending(), open.getOrDefault(t.id(), OpenCounts.NONE),
					t.creditPercent(), t.creditAmount()))
			.toList();
		OpenCounts total = open.values().stream().reduce(OpenCounts.NONE, OpenCounts::plus);
		ComplianceReport.Credits credits = report.credits();
		return new ClientLine(report.client(), report.name(), report.period(), report.firstDay(), report.lastDay(),
				report.zone(), report.asOf(), credits.currency(), credits.fee(), credits.owed(), credits.capped(),
				report.totals().complianceRate(), total, targets);
	}

	private static Map<String, Map<String, OpenCounts>> byClient(List<OpenClockCounts.Count> open) {
		Map<String, Map<String, OpenCounts>> counts = new HashMap<>();
		for (OpenClockCounts.Count count : open) {
			counts.computeIfAbsent(count.client(), c -> new HashMap<>())
				.merge(count.targetId(), OpenCounts.NONE.plus(count.status(), count.clocks()), OpenCounts::plus);
		}
		return counts;
	}

}
