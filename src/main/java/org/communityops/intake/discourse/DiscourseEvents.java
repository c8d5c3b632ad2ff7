package org.communityops.intake.discourse;

import java.util.Set;

/**
 * The Discourse events (header {@code X-Discourse-Event}) this application acts on; the
 * mapping to processes is in docs/integrations.md. Every other event is acknowledged and
 * dropped, so ticking an extra event on Discourse does no harm.
 */
final class DiscourseEvents {

	private static final Set<String> HANDLED = Set.of("reviewable_created", "reviewable_score_updated",
			"reviewable_transitioned_to", "topic_created", "post_created");

	private DiscourseEvents() {
	}

	static boolean handles(String event) {
		return HANDLED.contains(event);
	}

}
