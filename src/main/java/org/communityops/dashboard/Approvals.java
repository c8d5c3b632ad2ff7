package org.communityops.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.communityops.identity.Caller;

/**
 * The work waiting on a client's users: the open tasks offered to their client's group
 * (content to approve, guidelines, a review to sign off, a product-team follow-up), also
 * those a colleague has claimed. The process engine answers (in
 * {@code dashboard.engine}), as the caller.
 */
public interface Approvals {

	/**
	 * The caller's open approvals, soonest due first; none for a caller who is no
	 * client's user.
	 * @param now the moment the time left is measured from
	 */
	List<Approval> openFor(Caller caller, Instant now);

	/**
	 * @param subject what the task is about (a content title or request subject), when
	 * the process has one
	 * @param due the task's due time, which the SLA clocks keep at the clock's due time;
	 * null when nothing times it
	 * @param timeLeft until the due time, negative when overdue; null without one
	 */
	record Approval(String taskId, String name, String client, String subject, Instant created, Instant due,
			Duration timeLeft, String assignee) {
	}

}
