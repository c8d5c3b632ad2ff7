package org.communityops.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard ({@code communityops.dashboard.*}).
 *
 * @param reportMaxAge how long a client's compliance figures, once built, are served to
 * every poll before they are built again (in the application's time); {@code 0s} builds
 * them for every poll
 */
@ConfigurationProperties("communityops.dashboard")
record DashboardProperties(@DefaultValue("15s") Duration reportMaxAge) {

	DashboardProperties {
		if (reportMaxAge.isNegative()) {
			throw new IllegalArgumentException(
					"communityops.dashboard.report-max-age must be 0s or more, not " + reportMaxAge);
		}
	}

}
