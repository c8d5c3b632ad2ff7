package org.communityops.intake.discourse;

import java.util.List;
import java.util.Map;

/**
 * The decisions a moderator here may send back for each kind of Discourse reviewable, by
 * Discourse's action ids ({@code PUT /review/{id}/perform/{action}}): a flag is agreed
 * with (hiding or keeping the post), disagreed with or ignored; a post held for approval
 * is approved or rejected. Actions that need more than a yes or no (a rejection with a
 * reason sent to the member) or that act on the member's account (deleting or blocking
 * the user) are left to the forum's own moderators.
 */
final class ReviewableActions {

	private static final Map<String, List<String>> BY_TYPE = Map.of("ReviewableFlaggedPost",
			List.of("agree_and_hide", "agree_and_keep", "disagree", "ignore"), "ReviewableQueuedPost",
			List.of("approve_post", "reject_post"));

	private ReviewableActions() {
	}

	/** The actions for a reviewable of that type; none for a type not listed. */
	static List<String> of(String type) {
		return type == null ? List.of() : BY_TYPE.getOrDefault(type, List.of());
	}

}
