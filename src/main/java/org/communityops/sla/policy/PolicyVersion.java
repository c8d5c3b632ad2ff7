package org.communityops.sla.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.communityops.sla.calendar.BusinessCalendar;

/**
 * One loaded version of a client's policy: what the file said, when it was loaded, and
 * the business calendar it describes (built once, since it caches the public holidays it
 * looks up).
 */
public record PolicyVersion(String client, int version, String file, String content, String contentSha256,
		Instant loadedAt, SlaPolicy policy, BusinessCalendar businessCalendar) {

	static PolicyVersion of(StoredPolicyVersion stored, SlaPolicy policy) {
		return new PolicyVersion(stored.client(), stored.version(), stored.fileName(), stored.content(),
				stored.contentSha256(), stored.loadedAt(), policy, policy.calendar().toBusinessCalendar());
	}

	public LocalDate effective() {
		return policy.contract().effective();
	}

	/**
	 * The calendar a target's clock runs on: the client's business hours, or around the
	 * clock.
	 */
	public BusinessCalendar calendarFor(SlaTarget target) {
		return target.clock() == ClockKind.TWENTY_FOUR_SEVEN ? BusinessCalendar.alwaysOpen() : businessCalendar;
	}

}
