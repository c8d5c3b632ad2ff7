package org.communityops.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.dashboard.PortfolioPolls;
import org.communityops.dashboard.PortfolioPolls.Poll;
import org.communityops.identity.Caller;
import org.communityops.sla.engine.EngineTimeClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One poll of the dashboard's portfolio ({@code GET /api/dashboard/portfolio} minus HTTP
 * and JSON) by an account manager of three clients, each with {@link #clocksPerClient}
 * completed first-response clocks in its current period (northwind and globex monthly,
 * initech quarterly) and a hundredth as many open ones, at the end of October 2026
 * ({@link ReportDataGenerator#END}). With {@code reportMaxAge = 0s} every poll builds
 * each client's compliance report, as every poll did before the reports were shared; with
 * {@code 15s} (the default) the poll is answered from the reports the first poll built,
 * since the application's clock stands still. The open clocks are counted for every poll
 * either way. The data of each size are generated once under
 * target/dashboard-benchmark/&lt;size&gt; and kept. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
public class DashboardPollBenchmark {

	static final List<String> CLIENTS = List.of("globex", "initech", "northwind");

	@Param({ "20000", "100000" })
	public int clocksPerClient;

	@Param({ "0s", "15s" })
	public String reportMaxAge;

	ConfigurableApplicationContext application;

	Supplier<Poll> poll;

	@Setup(Level.Trial)
	public void boot() throws IOException, InterruptedException, java.sql.SQLException {
		BenchmarkData data = new BenchmarkData(Path.of("target", "dashboard-benchmark", "" + clocksPerClient), CLIENTS,
				clocksPerClient, clocksPerClient / 100);
		data.generateOnce();
		ClockUtil.setCurrentTime(Date.from(ReportDataGenerator.END));
		application = data.boot(List.of(EngineTimeClock.class),
				"--communityops.dashboard.report-max-age=" + reportMaxAge);
		// H2 would answer a repeated query from its last result while no table changed; a
		// live application's clocks
		// change all the time, so every poll here runs its queries
		application.getBean(JdbcTemplate.class).execute("set optimize_reuse_results 0");
		poll = PortfolioPolls.of(application,
				new Caller("benchmark-account-manager", List.of("account-managers"), CLIENTS));
		checkThePollSeesEveryClock(poll.get());
	}

	@TearDown(Level.Trial)
	public void shutDown() {
		ClockUtil.reset();
		application.close();
	}

	@Benchmark
	public Poll poll() {
		return poll.get();
	}

	/**
	 * Guards the figures: each client with nearly all its clocks decided (some fall due
	 * next month) and the open.
	 */
	private void checkThePollSeesEveryClock(Poll answer) {
		if (!answer.clients().equals(CLIENTS)) {
			throw new IllegalStateException("The poll shows " + answer.clients() + ", not " + CLIENTS);
		}
		for (String client : CLIENTS) {
			int decided = answer.decided(client, "first-response");
			long open = answer.open(client);
			if (decided < clocksPerClient * 0.9 || decided > clocksPerClient || open != clocksPerClient / 100) {
				throw new IllegalStateException(client + " shows " + decided + " first-response items decided and "
						+ open + " open clocks, for " + clocksPerClient + " and " + clocksPerClient / 100);
			}
		}
	}

}
