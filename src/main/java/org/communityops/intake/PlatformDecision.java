package org.communityops.intake;

/**
 * A decision on one of a platform's items.
 *
 * @param client the client whose platform it is
 * @param itemId the platform's id of the item (a Discourse reviewable id)
 * @param version the item's version when it reached us, so the platform refuses the
 * decision if the item changed since (null when unknown)
 * @param action the platform's name for the action (e.g. {@code agree_and_hide})
 */
public record PlatformDecision(String client, long itemId, Integer version, String action) {
}
