/**
 * Compliance reports as Excel workbooks, written with Apache POI's streaming writer
 * (SXSSF): summary, breaches, weekly trend with a line chart, time split and policy
 * texts; and the portfolio of several clients.
 */
package org.communityops.report.excel;
