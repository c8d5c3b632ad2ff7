package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.communityops.report.BreachSink;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReports;
import org.communityops.report.ReportScope;
import org.communityops.report.ReportScopes;
import org.communityops.sla.engine.EngineTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How {@link CurrentReports} shares builds, with the real report code on the real
 * database; each test counts (and where needed holds) the builds of an instance of its
 * own. Sharing over HTTP across callers and periods: {@link PortfolioApiTest}.
 */
@DashboardApplicationTest
class CurrentReportsTest {

	@Autowired
	ReportScopes scopes;

	@Autowired
	ComplianceReports reports;

	@Autowired
	DashboardProperties properties;

	@Autowired
	Clock clock;

	final AtomicInteger builds = new AtomicInteger();

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	@Test
	void callersAskingWhileAClientIsBuiltWaitForThatOneBuild() throws Exception {
		EngineTime.at("2031-09-03T08:00:00Z");
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CurrentReports current = counted(properties, scope -> {
			building.countDown();
			awaitQuietly(release);
			return reports.build(scope, BreachSink.NONE);
		});

		Poll first = Poll.start(current);
		List<Poll> others;
		try {
			assertThat(building.await(30, TimeUnit.SECONDS)).isTrue();
			others = List.of(Poll.start(current), Poll.start(current), Poll.start(current));
			// were they building themselves, they would wait on the latch instead, and
			// never here
			await("every other caller waits for the build under way").atMost(Duration.ofSeconds(30))
				.until(() -> others.stream().allMatch(Poll::waitsForABuild));
		}
		finally {
			release.countDown();
		}

		ComplianceReport report = first.report();
		for (Poll other : others) {
			assertThat(other.report()).isSameAs(report);
		}
		assertThat(builds).hasValue(1);
	}

	@Test
	void aFailedBuildIsNotKept() {
		EngineTime.at("2031-10-07T08:00:00Z");
		CurrentReports current = counted(properties, scope -> {
			if (builds.get() == 1) {
				throw new IllegalStateException("database went away");
			}
			return reports.build(scope, BreachSink.NONE);
		});

		assertThatThrownBy(() -> current.of("northwind")).hasMessage("database went away");
		ComplianceReport report = current.of("northwind");

		assertThat(report.period()).isEqualTo("2031-10");
		assertThat(builds).hasValue(2);
	}

	@Test
	void figuresOfALaterTimeAreBuiltAgainWhenTheClockWentBack() {
		EngineTime.at("2031-12-10T10:00:00Z");
		CurrentReports current = counted(properties, scope -> reports.build(scope, BreachSink.NONE));
		current.of("northwind");

		EngineTime.at("2031-12-10T09:00:00Z");
		ComplianceReport report = current.of("northwind");

		assertThat(report.asOf()).isEqualTo("2031-12-10T09:00:00Z");
		assertThat(builds).hasValue(2);
	}

	@Test
	void aMaxAgeOfZeroBuildsForEveryCall() {
		EngineTime.at("2031-11-05T08:00:00Z");
		CurrentReports current = counted(new DashboardProperties(Duration.ZERO),
				scope -> reports.build(scope, BreachSink.NONE));

		current.of("northwind");
		current.of("northwind");

		assertThat(builds).hasValue(2);
	}

	@Test
	void aNegativeMaxAgeIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> new DashboardProperties(Duration.ofSeconds(-1)))
			.hasMessageContaining("communityops.dashboard.report-max-age");
	}

	private CurrentReports counted(DashboardProperties settings, Function<ReportScope, ComplianceReport> build) {
		return new CurrentReports(scopes, scope -> {
			builds.incrementAndGet();
			return build.apply(scope);
		}, settings, clock);
	}

	/** A caller asking for northwind's report on a thread of its own. */
	private record Poll(FutureTask<ComplianceReport> task, Thread thread) {

		static Poll start(CurrentReports current) {
			FutureTask<ComplianceReport> task = new FutureTask<>(() -> current.of("northwind"));
			Thread thread = new Thread(task, "poll");
			thread.setDaemon(true);
			thread.start();
			return new Poll(task, thread);
		}

		boolean waitsForABuild() {
			return thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
				.anyMatch(frame -> frame.getClassName().equals(CompletableFuture.class.getName()));
		}

		ComplianceReport report() throws Exception {
			return task.get(30, TimeUnit.SECONDS);
		}

	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			if (!latch.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test never released the build");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
