package org.communityops.intake.discourse;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.intake.NewWorkItem;
import org.communityops.intake.WorkItems;
import org.springframework.stereotype.Component;

/**
 * Member questions ({@code {"topic": {...}}}, {@code {"post": {...}}}): a new topic in
 * one of the forum's support categories becomes a member support item waiting for its
 * first response, so "unanswered questions" are timed without anyone typing them in; the
 * first reply by staff completes that response, and an accepted solution resolves the
 * item.
 */
@Component
class TopicEvents {

	static final String QUESTION_POSTED = "QuestionPosted";

	private static final int REGULAR_POST = 1;

	private final WorkItems items;

	private final ItemClaims claims;

	TopicEvents(WorkItems items, ItemClaims claims) {
		this.items = items;
		this.claims = claims;
	}

	static String businessKey(long topicId) {
		return "discourse-topic-" + topicId;
	}

	String created(String client, DiscourseProperties.Forum forum, JsonNode topic, Instant at) {
		long id = topic.path("id").asLong();
		long category = topic.path("category_id").asLong(-1);
		if (!"regular".equals(topic.path("archetype").asText("regular"))
				|| !forum.supportCategories().contains(category)) {
			return "topic " + id + " is not in a support category (" + category + ")";
		}
		String key = businessKey(id);
		if (!claims.claim(client, "topic-" + id, key, at)) {
			return "topic " + id + " is already " + key;
		}
		items.start(new NewWorkItem(ReviewableEvents.PROCESS, QUESTION_POSTED, key,
				Map.of("client", client, "requestKind", "question", "priority", "normal", "memberName",
						topic.path("created_by").path("username").asText("member"), "subject",
						topic.path("title").asText("Question"), "link",
						forum.base() + "/t/" + topic.path("slug").asText("topic") + "/" + id, "platform",
						Inbox.PLATFORM)));
		return "started " + key;
	}

	String posted(String client, DiscourseProperties.Forum forum, JsonNode post) {
		String key = businessKey(post.path("topic_id").asLong());
		if (post.path("post_number").asInt() <= 1 || post.path("post_type").asInt(REGULAR_POST) != REGULAR_POST
				|| !staff(post)) {
			return "post " + post.path("id").asLong() + " is not a staff reply";
		}
		boolean answered = items.completeTask(client, key, "Task_FirstResponse",
				Map.of("responseText", Excerpt.of(post.path("raw").asText(post.path("cooked").asText(""))),
						"awaitMemberReply", false, "respondedBy", post.path("username").asText(), "responseLink",
						postLink(forum, post)));
		return answered ? "first response to " + key + " by " + post.path("username").asText()
				: "no first response of " + key + " waiting";
	}

	String solved(String client, DiscourseProperties.Forum forum, JsonNode post) {
		String key = businessKey(post.path("topic_id").asLong());
		boolean resolved = items.completeTask(client, key, "Task_ResolveRequest", Map.of("resolutionSummary",
				"Solution accepted on the forum: " + postLink(forum, post), "handOverToClient", false));
		return resolved ? key + " resolved by an accepted solution" : "no resolution of " + key + " waiting";
	}

	private static boolean staff(JsonNode post) {
		return post.path("staff").asBoolean() || post.path("moderator").asBoolean() || post.path("admin").asBoolean();
	}

	private static String postLink(DiscourseProperties.Forum forum, JsonNode post) {
		return forum.base() + "/t/" + post.path("topic_slug").asText("topic") + "/" + post.path("topic_id").asLong()
				+ "/" + post.path("post_number").asInt();
	}

}
