package org.communityops.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A report format drawn as a document (a workbook today), implemented in a sub-package of
 * its own ({@code report.excel}), which depends on the report's figures while the report
 * knows only this port.
 */
public interface ReportDocuments {

	/** The format this writes. */
	ReportFormat format();

	/**
	 * Writes one client's report to {@code out} in the edition and returns its figures.
	 */
	ComplianceReport write(ReportScope scope, ReportEdition edition, OutputStream out) throws IOException;

	/**
	 * Writes the clients' reports as one document in the edition, with the notes on
	 * clients left out, and returns their figures.
	 */
	List<ComplianceReport> writePortfolio(List<ReportScope> scopes, List<String> notes, ReportEdition edition,
			OutputStream out) throws IOException;

}
