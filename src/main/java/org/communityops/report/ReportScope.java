package org.communityops.report;

import java.time.Instant;

/**
 * What one report covers: a client's period, judged as it stood at {@code asOf}: the end
 * of the period, or now for the current period, which is then {@code partial}.
 */
public record ReportScope(String client, ReportPeriod period, Instant asOf, boolean partial) {
}
