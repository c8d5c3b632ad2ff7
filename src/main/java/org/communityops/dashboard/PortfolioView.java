package org.communityops.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.communityops.sla.clock.ClockStatus;

/**
 * What the dashboard shows of a caller's clients: per client and target, compliance so
 * far this period against the objective (the compliance report's figures as of now), open
 * clocks by state, and the service credits owed if the period ended now.
 */
record PortfolioView(Instant asOf, List<ClientLine> clients) {

	/**
	 * @param figuresAsOf when the compliance figures (rates, breaches, credits) were
	 * computed: they are kept for a short while and shared by every poll
	 * (docs/dashboard.md); the open counts are always as of {@code asOf}
	 * @param creditExposure the credits owed if the period ended now, capped by the
	 * contract
	 */
	record ClientLine(String client, String name, String period, LocalDate firstDay, LocalDate lastDay, ZoneId zone,
			Instant figuresAsOf, String currency, BigDecimal fee, BigDecimal creditExposure, boolean creditCapped,
			BigDecimal complianceRate, OpenCounts open, List<TargetLine> targets) {
	}

	/**
	 * @param complianceRate met / decided in percent (truncated to two decimals); null
	 * while nothing is decided
	 * @param result {@code pass}, {@code fail}, {@code no objective} or {@code no items}
	 * @param breached items due this period that breached, stopped or still open
	 * @param creditAmount this target's credit if the period ended now, before the
	 * contract's cap
	 */
	record TargetLine(String id, String name, BigDecimal objective, BigDecimal complianceRate, String result, int met,
			int breached, int pending, OpenCounts open, BigDecimal creditPercent, BigDecimal creditAmount) {
	}

	/**
	 * Open clocks now: running (not warned), at risk (warned), breached and still open.
	 */
	record OpenCounts(long running, long atRisk, long breached) {

		static final OpenCounts NONE = new OpenCounts(0, 0, 0);

		OpenCounts plus(ClockStatus status, long clocks) {
			return switch (status) {
				case RUNNING -> new OpenCounts(running + clocks, atRisk, breached);
				case AT_RISK -> new OpenCounts(running, atRisk + clocks, breached);
				case BREACHED -> new OpenCounts(running, atRisk, breached + clocks);
				default -> this;
			};
		}

		OpenCounts plus(OpenCounts other) {
			return new OpenCounts(running + other.running, atRisk + other.atRisk, breached + other.breached);
		}

	}

}
