package org.communityops.intake;

import java.util.List;

/**
 * Carries a decision taken here (a moderator's triage of a flag or of a post held for
 * approval) back to the platform the item came from. A refusal the platform may get over
 * (it is down, overloaded) is thrown, so the caller tries again later; a decision the
 * platform no longer needs (someone there decided first, the item is gone) is an outcome,
 * not an error.
 */
public interface PlatformDecisions {

	/**
	 * The platform this carries decisions to, as in the item's {@code platform} variable.
	 */
	String platform();

	/**
	 * The actions a moderator may decide for an item of that type (e.g. a Discourse
	 * {@code ReviewableQueuedPost}: {@code approve_post}, {@code reject_post}), in the
	 * order they are offered; empty when none is carried back for that type.
	 */
	List<String> actions(String itemType);

	/**
	 * @return what happened, in words for the item's history (e.g. "agree_and_hide
	 * performed on reviewable 1401")
	 */
	String perform(PlatformDecision decision);

}
