package org.communityops.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReports;
import org.communityops.report.ReportDocuments;
import org.communityops.report.ReportEdition;
import org.communityops.report.ReportFormat;
import org.communityops.report.ReportScope;
import org.communityops.report.ReportsProperties;
import org.springframework.stereotype.Component;

/**
 * Writes compliance reports as workbooks with POI's streaming writer: only a window of
 * rows per sheet is in memory, the rest goes to temporary files that are removed when the
 * workbook is written. One client: sheets Summary, Breaches, Trend, Time split and
 * Policy. A portfolio: an overview row per client, then each client's summary and
 * breaches. The client's edition has no links into Cockpit and no comments in the policy
 * texts.
 */
@Component
public class ComplianceWorkbooks implements ReportDocuments {

	/**
	 * Rows of a sheet kept in memory before they are flushed to the sheet's temporary
	 * file.
	 */
	static final int ROW_WINDOW = 200;

	private final ComplianceReports reports;

	private final String cockpitBaseUrl;

	ComplianceWorkbooks(ComplianceReports reports, ReportsProperties properties) {
		this.reports = reports;
		this.cockpitBaseUrl = properties.cockpitBaseUrl().toString();
	}

	/**
	 * Where the Breaches link to Cockpit; null in the client's edition, which has no
	 * links.
	 */
	private String links(ReportEdition edition) {
		return edition == ReportEdition.AGENCY ? cockpitBaseUrl : null;
	}

	@Override
	public ReportFormat format() {
		return ReportFormat.XLSX;
	}

	@Override
	public ComplianceReport write(ReportScope scope, ReportEdition edition, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
		try {
			Styles styles = new Styles(workbook);
			SXSSFSheet summary = workbook.createSheet("Summary");
			BreachesSheet breaches = new BreachesSheet(workbook.createSheet("Breaches"), styles, scope.period().zone(),
					links(edition));
			SXSSFSheet trend = workbook.createSheet("Trend");
			SXSSFSheet split = workbook.createSheet("Time split");
			SXSSFSheet policy = workbook.createSheet("Policy");
			ComplianceReport report = reports.build(scope, breaches).in(edition);
			breaches.finish();
			SummarySheet.write(summary, report, styles);
			TrendSheet.write(workbook, trend, report, styles);
			TimeSplitSheet.write(split, report, styles);
			PolicySheet.write(policy, report, styles);
			workbook.write(out);
			return report;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	@Override
	public List<ComplianceReport> writePortfolio(List<ReportScope> scopes, List<String> notes, ReportEdition edition,
			OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
		try {
			Styles styles = new Styles(workbook);
			SXSSFSheet overview = workbook.createSheet("Portfolio");
			List<ComplianceReport> written = new ArrayList<>();
			for (ReportScope scope : scopes) {
				String name = scope.client().length() > 20 ? scope.client().substring(0, 20) : scope.client();
				SXSSFSheet summary = workbook.createSheet(name);
				BreachesSheet breaches = new BreachesSheet(workbook.createSheet(name + " breaches"), styles,
						scope.period().zone(), links(edition));
				ComplianceReport report = reports.build(scope, breaches).in(edition);
				breaches.finish();
				SummarySheet.write(summary, report, styles);
				written.add(report);
			}
			PortfolioSheet.write(overview, written, notes, styles);
			workbook.write(out);
			return written;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

}
