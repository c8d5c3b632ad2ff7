package org.communityops.report;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hand-built fixture of the report tests: client {@code acme} (Mon-Fri 09:00-17:00
 * UTC, fee 10,000.00 EUR, credit cap 20%), its clocks of October 2026 and a few of
 * November. Every expected figure is counted by hand in the comments; "mo" and "lars"
 * work for the agency, "cleo" is a member of group client-acme.
 */
final class AcmeOctober {

	static final String CLIENT = "acme";

	private static final Duration FOUR_HOURS = Duration.ofHours(4);

	private AcmeOctober() {
	}

	static void insert(JdbcTemplate jdbc) {
		ClockRows rows = new ClockRows(jdbc, CLIENT);
		// first-response, 4h: 6 due in October: 3 met, 1 breached, 2 running and breached
		// at the end of October
		rows.task("FR1", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-05T09:00:00Z", null)
			.reassigned("2026-10-05T09:30:00Z", "mo")
			.due("2026-10-05T13:00:00Z")
			.stopped("MET", "2026-10-05T10:00:00Z")
			.insert(); // 1h: 0:30 unassigned, 0:30 agency
		rows.task("FR2", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-06T15:00:00Z", "mo")
			.due("2026-10-07T11:00:00Z")
			.stopped("MET", "2026-10-07T10:00:00Z")
			.insert(); // 3h over the night
		rows.task("FR3", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-08T09:00:00Z", "lars")
			.reassigned("2026-10-08T12:00:00Z", "cleo")
			.due("2026-10-08T13:00:00Z")
			.breached("2026-10-08T13:00:00Z")
			.stopped("BREACHED", "2026-10-08T15:30:00Z")
			.insert(); // 6:30, overrun 2:30; 3h agency, 3:30 client
		rows.task("FR4", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-30T14:00:00Z", "mo")
			.due("2026-11-02T10:00:00Z")
			.stopped("MET", "2026-11-02T09:30:00Z")
			.insert(); // due in November
		rows.task("FR5", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-29T09:00:00Z", "mo")
			.due("2026-10-29T13:00:00Z")
			.breached("2026-10-29T13:00:00Z")
			.insert(); // open: 16h by Nov 1, overrun 12h
		rows.task("FR6", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-09-30T15:00:00Z", "mo")
			.due("2026-10-01T11:00:00Z")
			.stopped("MET", "2026-10-01T10:00:00Z")
			.insert(); // started in September, 3h
		rows.task("FR7", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-12T09:00:00Z", "mo")
			.due("2026-10-12T13:00:00Z")
			.stopped("CANCELLED", "2026-10-12T10:00:00Z")
			.insert(); // not reported
		rows.task("FR8", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-10-30T09:00:00Z", "mo")
			.due("2026-10-30T13:00:00Z")
			.breached("2026-10-30T13:00:00Z")
			.stopped("BREACHED", "2026-11-02T10:00:00Z")
			.insert(); // open at Nov 1: 8h, overrun 4h
		// triage, 2h: 1 met (0:30), 1 breached (3h, overrun 1h)
		rows.task("T1", "triage", "Task_Triage", Duration.ofHours(2))
			.started("2026-10-05T09:00:00Z", "mo")
			.due("2026-10-05T11:00:00Z")
			.stopped("MET", "2026-10-05T09:30:00Z")
			.insert();
		rows.task("T2", "triage", "Task_Triage", Duration.ofHours(2))
			.started("2026-10-06T09:00:00Z", "mo")
			.due("2026-10-06T11:00:00Z")
			.breached("2026-10-06T11:00:00Z")
			.stopped("BREACHED", "2026-10-06T12:00:00Z")
			.insert();
		// content-turnaround journey, 16h: J1 paused 8 business hours waiting on the
		// client, met after 10h;
		// J2 breached after 17h; J3 paused without a due time: in no period yet
		rows.journey("J1", "content-turnaround", Duration.ofHours(16))
			.started("2026-10-12T09:00:00Z", null)
			.paused("2026-10-12T13:00:00Z")
			.resumed("2026-10-13T13:00:00Z")
			.due("2026-10-14T17:00:00Z")
			.stopped("MET", "2026-10-14T11:00:00Z")
			.insert();
		rows.journey("J2", "content-turnaround", Duration.ofHours(16))
			.started("2026-10-19T09:00:00Z", null)
			.due("2026-10-20T17:00:00Z")
			.breached("2026-10-20T17:00:00Z")
			.stopped("BREACHED", "2026-10-21T10:00:00Z")
			.insert();
		rows.journey("J3", "content-turnaround", Duration.ofHours(16))
			.started("2026-10-26T09:00:00Z", null)
			.paused("2026-10-26T10:00:00Z")
			.due(null)
			.insert();
		// client-approval, 24x7 48h, no objective: 1h unassigned, then 23h with the
		// client
		rows.task("C1", "client-approval", "Task_ClientApproval", Duration.ofHours(48))
			.started("2026-10-12T13:00:00Z", null)
			.reassigned("2026-10-12T14:00:00Z", "cleo")
			.due("2026-10-14T13:00:00Z")
			.stopped("MET", "2026-10-13T13:00:00Z")
			.insert();
		// November, reported at 2026-11-24T12:00Z: FR4 met, N1 not due yet, N2 due and
		// still open (no breach recorded)
		rows.task("N1", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-11-24T09:00:00Z", "mo")
			.due("2026-11-24T13:00:00Z")
			.insert();
		rows.task("N2", "first-response", "Task_FirstResponse", FOUR_HOURS)
			.started("2026-11-23T09:00:00Z", "mo")
			.due("2026-11-23T13:00:00Z")
			.insert();
	}

}
