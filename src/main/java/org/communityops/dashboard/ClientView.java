package org.communityops.dashboard;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.communityops.dashboard.Escalations.Escalation;
import org.communityops.dashboard.PortfolioView.ClientLine;
import org.communityops.sla.clock.ClockViews.ClockView;
import org.communityops.sla.clock.Retargeting;

/**
 * One client as its account manager follows it: the portfolio line, the items at risk of
 * breaching (soonest due first), and this period's breaches (those still open first) with
 * where their escalations stand.
 */
record ClientView(Instant asOf, ClientLine summary, List<Item> atRisk, List<Breach> breaches) {

	/**
	 * @param subject what the item is about (a title or subject), when its process has
	 * one
	 */
	record Item(@JsonUnwrapped ClockView clock, String subject) {
	}

	/**
	 * @param subject what the item is about, when its process has one
	 * @param escalation null when the breach started none (an escalation's own clock) or
	 * the engine keeps none
	 * @param retargeted the item's priority changes, oldest first, with the old and new
	 * allowance; empty when its priority never changed
	 */
	record Breach(@JsonUnwrapped ClockView clock, String subject, Escalation escalation, List<Retargeting> retargeted) {
	}

}
