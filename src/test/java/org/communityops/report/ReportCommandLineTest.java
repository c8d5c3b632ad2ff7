package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communityops.CommunityOpsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * {@code report} on the command line, run in-process on an H2 file database: bad input
 * exits 2 with its message and writes nothing; a report is written whole to the named
 * file. "Now" is the real clock here, so the fixture's October 2026 has ended and a
 * period far ahead has not begun.
 */
class ReportCommandLineTest {

	static final Path HOME = Path.of("target", "report-cli-test");

	static final String DATABASE = "jdbc:h2:file:./" + HOME.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesTheReportOrExplainsWhatWasWrongAndExitsNonZero() throws Exception {
		FileSystemUtils.deleteRecursively(HOME);
		Files.createDirectories(HOME.resolve("policies"));
		Files.copy(Path.of("src/test/resources/report-fixture/acme.yaml"), HOME.resolve("policies/acme.yaml"));
		Path report = HOME.resolve("out/acme-2026-10.xlsx");

		int future = run("report", "--client", "acme", "--period", "2099-01", "--out", report.toString());

		assertThat(future).isEqualTo(2);
		assertThat(err()).contains("report: --period: period 2099-01 has not begun: it starts on 2099-01-01 (UTC)");
		assertThat(report.getParent()).satisfiesAnyOf(folder -> assertThat(folder).doesNotExist(),
				folder -> assertThat(filesIn(folder)).isEmpty());

		insertFixture(DATABASE);
		int written = run("report", "--client", "acme", "--period", "2026-10", "--out", report.toString());

		assertThat(written).as(err()).isZero();
		assertThat(out()).contains("Wrote " + report.toAbsolutePath());
		assertThat(filesIn(report.getParent())).containsExactly(report.getFileName().toString());
		try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
			assertThat(workbook.getSheet("Summary").getRow(6).getCell(0).getStringCellValue())
				.isEqualTo("first-response");
			assertThat(workbook.getSheet("Breaches").getLastRowNum()).isEqualTo(5);
		}

		Path pdf = HOME.resolve("out/acme-2026-10.pdf");
		assertThat(run("report", "--client", "acme", "--period", "2026-10", "--out", pdf.toString())).as(err())
			.isZero();
		assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
	}

	@Test
	void usageErrorsAreReportedBeforeAnythingStarts() {
		assertThat(run("report", "--client", "acme", "--period", "2026-10")).isEqualTo(2);
		assertThat(err()).startsWith("report: --out <file> is required, e.g. report.xlsx").contains("usage: report");
		assertThat(run("report", "--client", "acme", "--period", "2026-10", "--out", "x.docx")).isEqualTo(2);
		assertThat(err()).contains("--out: cannot tell the format from 'x.docx'");
		assertThat(run("report", "--portfolio", "--client", "acme", "--period", "2026-10", "--out", "x.csv"))
			.isEqualTo(2);
		assertThat(err()).contains("--client does not go with --portfolio");
		assertThat(run("report", "--client", "acme", "--period", "2026-10", "--out", "x.xlsx", "--edition", "internal"))
			.isEqualTo(2);
		assertThat(err()).contains("--edition: Unknown edition 'internal'; expected one of agency, client");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		String database = "--spring.datasource.url=" + DATABASE;
		String policies = "--communityops.sla.policies.folder=" + HOME.resolve("policies");
		List<String> all = Stream.concat(Stream.of(args), Stream.of(database, policies)).toList();
		return ReportCommandLine.run(CommunityOpsApplication.class, all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	/**
	 * The first run migrated the database and stored acme's policy as version 1; the
	 * clocks go in beside them.
	 */
	private static void insertFixture(String url) {
		SingleConnectionDataSource source = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			AcmeOctober.insert(new JdbcTemplate(source));
		}
		finally {
			source.destroy();
		}
	}

	private static List<String> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
