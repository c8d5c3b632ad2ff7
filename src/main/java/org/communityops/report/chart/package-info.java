/**
 * Compliance trend charts as SVG, for the PDF report and the client view's page.
 */
@NamedInterface("chart")
package org.communityops.report.chart;

import org.springframework.modulith.NamedInterface;
