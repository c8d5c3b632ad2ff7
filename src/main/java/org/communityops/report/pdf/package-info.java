/**
 * Compliance reports as PDF documents for the client: an HTML page laid out by
 * openhtmltopdf from a Thymeleaf template, with the weekly trend drawn as SVG.
 */
package org.communityops.report.pdf;
