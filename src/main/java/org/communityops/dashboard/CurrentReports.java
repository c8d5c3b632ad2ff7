package org.communityops.dashboard;

import org.communityops.report.BreachSink;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReports;
import org.communityops.report.ReportScopes;
import org.springframework.stereotype.Component;

/**
 * Each client's compliance report of its current period, as of now, for the dashboard's pages: built by the report
 * code, so the dashboard shows the figures a downloaded report would.
 */
@Component
class CurrentReports {

	private final ReportScopes scopes;

	private final ComplianceReports reports;

	CurrentReports(ReportScopes scopes, ComplianceReports reports) {
		this.scopes = scopes;
		this.reports = reports;
	}

	ComplianceReport of(String client) {
		return reports.build(scopes.current(client), BreachSink.NONE);
	}

}
