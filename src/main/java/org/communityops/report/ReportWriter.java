package org.communityops.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Writes reports in a format, to a stream or to a file. A file is written under a
 * temporary name in its folder and moved into place when complete, so it is never seen
 * half-written; a failed write leaves nothing behind.
 */
@Component
public class ReportWriter {

	private final ComplianceReports reports;

	private final Map<ReportFormat, ReportDocuments> documents = new EnumMap<>(ReportFormat.class);

	private final ObjectMapper json;

	ReportWriter(ComplianceReports reports, List<ReportDocuments> documents, ObjectMapper json) {
		this.reports = reports;
		documents.forEach(document -> this.documents.put(document.format(), document));
		this.json = json.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
	}

	/** Something written to a stream. */
	@FunctionalInterface
	public interface Writing {

		void to(OutputStream out) throws IOException;

	}

	/** A portfolio in JSON: each client's report, and the clients left out. */
	public record PortfolioReport(String period, List<ComplianceReport> reports, List<String> notes) {
	}

	/**
	 * One client's report in the format and edition: the client's edition of the
	 * documents (workbook, PDF) has no Cockpit links, and its policy texts (in the JSON
	 * too) no YAML comments; the CSV, which has neither, is the same in both.
	 */
	public Writing of(ReportScope scope, ReportFormat format, ReportEdition edition) {
		return switch (format) {
			case XLSX, PDF -> out -> document(format).write(scope, edition, out);
			case CSV -> out -> CsvReports.write(List.of(reports.build(scope, BreachSink.NONE)), writer(out));
			case JSON -> out -> json.writeValue(out, reports.build(scope, BreachSink.NONE).in(edition));
		};
	}

	public Writing of(PortfolioScope portfolio, ReportFormat format, ReportEdition edition) {
		return switch (format) {
			case XLSX, PDF ->
				out -> document(format).writePortfolio(portfolio.scopes(), portfolio.notes(), edition, out);
			case CSV -> out -> CsvReports.write(build(portfolio), writer(out));
			case JSON -> out -> json.writeValue(out, new PortfolioReport(portfolio.period(),
					build(portfolio).stream().map(report -> report.in(edition)).toList(), portfolio.notes()));
		};
	}

	/** Writes to a temporary file beside {@code target}, then moves it into place. */
	public void toFile(Writing writing, Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// not createTempFile, whose owner-only permissions the report would keep after
		// the move
		Path part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				writing.to(out);
			}
			try {
				Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

	/** Writes to a new temporary file and returns it; the caller deletes it. */
	public Path toTemporaryFile(Writing writing) throws IOException {
		Path file = Files.createTempFile("communityops-report-", ".part");
		boolean written = false;
		try {
			try (OutputStream out = Files.newOutputStream(file)) {
				writing.to(out);
			}
			written = true;
			return file;
		}
		finally {
			if (!written) {
				Files.deleteIfExists(file);
			}
		}
	}

	private ReportDocuments document(ReportFormat format) {
		ReportDocuments document = documents.get(format);
		if (document == null) {
			throw new IllegalStateException("No writer of " + format + " reports in this application");
		}
		return document;
	}

	private List<ComplianceReport> build(PortfolioScope portfolio) {
		List<ComplianceReport> built = new ArrayList<>();
		portfolio.scopes().forEach(scope -> built.add(reports.build(scope, BreachSink.NONE)));
		return built;
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

}
