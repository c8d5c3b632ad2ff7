package org.communityops.report;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the compliance reports.
 *
 * @param cockpitBaseUrl where people reach this application: links to process instances
 * in Cockpit start with it
 */
@ConfigurationProperties("communityops.reports")
public record ReportsProperties(@DefaultValue("http://localhost:8080") URI cockpitBaseUrl) {
}
