package org.communityops.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.communityops.report.ReportScope;
import org.communityops.report.ReportScopes;
import org.communityops.report.ReportEdition;
import org.communityops.report.excel.ComplianceWorkbooks;
import org.communityops.sla.clock.ClockRecords;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The compliance workbook of one client and month with 1,000,000 completed clocks,
 * against a plain JDBC scan of the same rows (the report's own queries, every column
 * read, nothing computed), in one run and each in a JVM of at most 256 MB heap. The
 * clocks are generated once, by a separate JVM with a larger heap, into the database
 * {@link BenchmarkDatabase} chooses (-Dbenchmark.database=h2, the default, or postgresql)
 * named for target/report-benchmark (delete the folder to generate afresh), and kept for
 * later runs. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m" })
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Timeout(time = 30, timeUnit = TimeUnit.MINUTES)
public class ComplianceReportBenchmark {

	static final int CLOCKS = 1_000_000;

	/**
	 * The columns of a row of the report's queries: the clock's, then its log entry's.
	 */
	static final int COLUMNS = 17;

	static final Path HOME = Path.of("target", "report-benchmark");

	static final BenchmarkData DATA = new BenchmarkData(HOME, List.of(ReportDataGenerator.CLIENT), CLOCKS, 0);

	ConfigurableApplicationContext application;

	DataSource dataSource;

	ReportScope scope;

	@Setup(Level.Trial)
	public void boot() throws IOException, InterruptedException, SQLException {
		DATA.generateOnce();
		application = DATA.boot(List.of());
		dataSource = application.getBean(DataSource.class);
		scope = application.getBean(ReportScopes.class).resolve(ReportDataGenerator.CLIENT, "2026-10");
	}

	@TearDown(Level.Trial)
	public void shutDown() {
		application.close();
	}

	/**
	 * The workbook (Summary, Breaches, Trend, Time split, Policy) written to a file;
	 * returns its size.
	 */
	@Benchmark
	public long workbook() throws IOException {
		Path file = DATA.home().resolve("northwind-2026-10.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			application.getBean(ComplianceWorkbooks.class).write(scope, ReportEdition.AGENCY, out);
		}
		return Files.size(file);
	}

	/**
	 * The same rows as the report reads, with the same queries in the same kind of
	 * transaction (read-only, rows streamed), each column handed to the black hole.
	 */
	@Benchmark
	public long jdbcScan(Blackhole blackhole) throws SQLException {
		long[] rows = { 0 };
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			try {
				ClockRecords.read(connection, ReportDataGenerator.CLIENT, scope.period().startInstant(),
						scope.period().endInstant(), row -> {
							rows[0]++;
							for (int column = 1; column <= COLUMNS; column++) {
								blackhole.consume(row.getObject(column));
							}
						});
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
		return rows[0];
	}

}
