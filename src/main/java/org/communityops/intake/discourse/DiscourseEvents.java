package org.communityops.intake.discourse;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * The Discourse events (header {@code X-Discourse-Event}) this application acts on, and
 * what each does; the table is in docs/integrations.md. Every other event is acknowledged
 * and dropped, so ticking an extra event on Discourse does no harm.
 */
@Component
class DiscourseEvents {

	private static final Set<String> HANDLED = Set.of("reviewable_created", "reviewable_score_updated",
			"reviewable_updated", "reviewable_transitioned_to", "topic_created", "post_created", "accepted_solution",
			"solved_accepted_solution");

	private final ReviewableEvents reviewables;

	private final TopicEvents topics;

	DiscourseEvents(ReviewableEvents reviewables, TopicEvents topics) {
		this.reviewables = reviewables;
		this.topics = topics;
	}

	static boolean handles(String event) {
		return HANDLED.contains(event);
	}

	/**
	 * Acts on one accepted event.
	 * @return what it did, in words for the inbox's outcome column
	 */
	String act(String client, DiscourseProperties.Forum forum, String event, JsonNode payload, Instant at) {
		return switch (event) {
			case "reviewable_created" -> reviewables.created(client, forum, payload.path("reviewable"), at);
			case "reviewable_transitioned_to" -> reviewables.transitioned(client, payload.path("reviewable"), at);
			case "reviewable_score_updated", "reviewable_updated" ->
				reviewables.scoreUpdated(client, payload.path("reviewable"));
			case "topic_created" -> topics.created(client, forum, payload.path("topic"), at);
			case "post_created" -> topics.posted(client, forum, payload.path("post"));
			case "accepted_solution", "solved_accepted_solution" ->
				topics.solved(client, forum, payload.has("solved") ? payload.path("solved") : payload.path("post"));
			default -> "not an event this application acts on";
		};
	}

}
