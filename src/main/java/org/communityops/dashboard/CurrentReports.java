package org.communityops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.communityops.report.BreachSink;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReports;
import org.communityops.report.ReportPeriod;
import org.communityops.report.ReportScope;
import org.communityops.report.ReportScopes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each client's compliance report of its current period, for the dashboard's pages: built
 * by the report code, so the dashboard shows the figures a downloaded report would, and
 * kept for {@code communityops.dashboard.report-max-age} (in the application's clock),
 * shared by every caller: the report does not depend on who asks, and access is checked
 * before. A client is built at most once at a time; callers asking meanwhile wait for
 * that build. Kept per client and period, so a new period never gets the last one's
 * figures; a client not asked for expires. {@link ComplianceReport#asOf()} tells how old
 * the figures are. docs/dashboard.md explains the staleness.
 */
@Component
class CurrentReports {

	private final ReportScopes scopes;

	private final Function<ReportScope, ComplianceReport> build;

	private final Clock clock;

	private final AsyncCache<Key, ComplianceReport> reports;

	@Autowired
	CurrentReports(ReportScopes scopes, ComplianceReports reports, DashboardProperties properties, Clock clock) {
		this(scopes, scope -> reports.build(scope, BreachSink.NONE), properties, clock);
	}

	/**
	 * @param build builds the report of a scope; tests count and hold the builds with it
	 */
	CurrentReports(ReportScopes scopes, Function<ReportScope, ComplianceReport> build, DashboardProperties properties,
			Clock clock) {
		this.scopes = scopes;
		this.build = build;
		this.clock = clock;
		this.reports = Caffeine.newBuilder()
			.expireAfterWrite(properties.reportMaxAge())
			.ticker(() -> nanos(clock.instant()))
			.buildAsync();
	}

	ComplianceReport of(String client) {
		ReportScope scope = scopes.current(client);
		Key key = new Key(scope.client(), scope.period());
		CompletableFuture<ComplianceReport> mine = new CompletableFuture<>();
		CompletableFuture<ComplianceReport> shared = reports.get(key, (k, executor) -> mine);
		if (shared == mine) {
			// built on this caller's thread, outside the cache's locks; a failure is not
			// kept
			try {
				mine.complete(build.apply(scope));
			}
			catch (RuntimeException | Error ex) {
				reports.asMap().remove(key, mine);
				mine.completeExceptionally(ex);
				throw ex;
			}
		}
		ComplianceReport report = join(shared);
		if (report.asOf().isAfter(clock.instant())) {
			// figures of a later time than now: the clock went back since (tests do
			// that), so their age says nothing
			reports.asMap().remove(key, shared);
			return of(client);
		}
		return report;
	}

	private static ComplianceReport join(CompletableFuture<ComplianceReport> report) {
		try {
			return report.join();
		}
		catch (CompletionException ex) {
			// another caller's build failed: the same error as the caller's own would
			// have been
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * The application's time as the cache's ticker: tests that move the clock move the
	 * reports' age with it.
	 */
	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private record Key(String client, ReportPeriod period) {
	}

}
