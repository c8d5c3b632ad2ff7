package org.communityops.intake.discourse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The priority a reviewable starts with, from what its flags say (docs/integrations.md
 * has the table): a post flagged as illegal is urgent; one flagged inappropriate, or
 * whose flags add up to a score of 10 or more (Discourse's score grows with the flaggers'
 * trust), is high; spam, off-topic, "something else" and posts queued for approval are
 * normal. The moderator can still change it in triage.
 */
final class FlagPriority {

	static final double HIGH_SCORE = 10.0;

	private FlagPriority() {
	}

	static String of(JsonNode reviewable) {
		boolean inappropriate = false;
		for (JsonNode score : reviewable.path("reviewable_scores")) {
			String type = score.path("score_type").path("type").asText("");
			if ("illegal".equals(type)) {
				return "urgent";
			}
			inappropriate |= "inappropriate".equals(type);
		}
		return inappropriate || reviewable.path("score").asDouble(0) >= HIGH_SCORE ? "high" : "normal";
	}

}
