package org.communityops.intake.discourse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.intake.NewWorkItem;
import org.communityops.intake.WorkItems;
import org.communityops.sla.policy.Priority;
import org.springframework.stereotype.Component;

/**
 * Flags and queued posts ({@code {"reviewable": {...}}}): a new one becomes a member
 * support item at triage, so the triage clock runs from the flag; one that Discourse's
 * own moderators decided first ends the item's triage instead of leaving a stale task; a
 * score that rose raises the item's priority (never lowers it: the moderator may have set
 * it).
 */
@Component
class ReviewableEvents {

	static final String PROCESS = "MemberSupportProcess";

	static final String HANDLED_ON_PLATFORM = "HandledOnPlatform";

	private static final int PENDING = 0;

	private static final String[] STATUSES = { "pending", "approved", "rejected", "ignored", "deleted" };

	private final WorkItems items;

	private final ItemClaims claims;

	ReviewableEvents(WorkItems items, ItemClaims claims) {
		this.items = items;
		this.claims = claims;
	}

	static String businessKey(long reviewableId) {
		return "discourse-reviewable-" + reviewableId;
	}

	String created(String client, DiscourseProperties.Forum forum, JsonNode reviewable, Instant at) {
		long id = reviewable.path("id").asLong();
		String key = businessKey(id);
		if (status(reviewable) != PENDING) {
			return "reviewable " + id + " was already " + STATUSES[status(reviewable)] + ", nothing started";
		}
		if (!claims.claim(client, "reviewable-" + id, key, at)) {
			return "reviewable " + id + " is already known as " + key + " (started here or decided on Discourse first)";
		}
		items.start(new NewWorkItem(PROCESS, null, key, variables(client, forum, reviewable)));
		return "started " + key;
	}

	/**
	 * A reviewable decided on Discourse that has not become work yet (its creation event
	 * is late or still failing) is claimed here, so that event starts nothing stale
	 * later.
	 */
	String transitioned(String client, JsonNode reviewable, Instant at) {
		long id = reviewable.path("id").asLong();
		int status = status(reviewable);
		if (status == PENDING) {
			return "reviewable " + id + " is pending again, nothing to do";
		}
		boolean ended = items.deliver(client, businessKey(id), HANDLED_ON_PLATFORM,
				Map.of("platformStatus", STATUSES[status]));
		if (ended) {
			return "triage of " + businessKey(id) + " ended: " + STATUSES[status] + " on Discourse";
		}
		if (claims.claim(client, "reviewable-" + id, businessKey(id), at)) {
			return "reviewable " + id + " " + STATUSES[status] + " on Discourse before it became work; none will start";
		}
		return "reviewable " + id + " " + STATUSES[status] + ", no triage waiting";
	}

	String scoreUpdated(String client, JsonNode reviewable) {
		String key = businessKey(reviewable.path("id").asLong());
		Priority now = Priority.fromVariable(items.variable(client, key, "priority"));
		Priority flagged = Priority.fromVariable(FlagPriority.of(reviewable));
		if (flagged.compareTo(now) <= 0 || !items.update(client, key,
				Map.of("priority", flagged.name().toLowerCase(), "platformItemVersion", version(reviewable)))) {
			return "priority of " + key + " stays";
		}
		return "priority of " + key + " raised to " + flagged.name().toLowerCase();
	}

	private static Map<String, Object> variables(String client, DiscourseProperties.Forum forum, JsonNode r) {
		Map<String, Object> variables = new HashMap<>();
		boolean queued = "ReviewableQueuedPost".equals(r.path("type").asText());
		variables.put("client", client);
		variables.put("requestKind", queued ? "queued-post" : "flagged-post");
		variables.put("priority", FlagPriority.of(r));
		variables.put("memberName",
				r.path("target_created_by")
					.path("username")
					.asText("member #" + r.path("target_created_by_id").asText("?")));
		String reason = r.path("reviewable_scores").path(0).path("score_type").path("title").asText("Flagged");
		// a queued post that opens a topic has none yet, its title is in the payload
		String topic = r.path("topic").path("title").asText(r.path("payload").path("title").asText(""));
		variables.put("subject", (queued ? "Post awaiting approval" : reason) + (topic.isEmpty() ? "" : ": " + topic));
		variables.put("link", link(forum, r));
		variables.put("details", Excerpt.of(text(r)));
		variables.put("platform", Inbox.PLATFORM);
		variables.put("platformItemId", r.path("id").asLong());
		variables.put("platformItemType", r.path("type").asText());
		variables.put("platformItemVersion", version(r));
		return variables;
	}

	/**
	 * A flag's post is the reviewable's target ({@code raw}, {@code cooked}); a queued
	 * post is not written yet, its text is in the {@code payload} Discourse would create
	 * it from.
	 */
	private static String text(JsonNode r) {
		return r.path("raw").asText(r.path("cooked").asText(r.path("payload").path("raw").asText("")));
	}

	private static int version(JsonNode reviewable) {
		return reviewable.path("version").asInt(0);
	}

	private static String link(DiscourseProperties.Forum forum, JsonNode r) {
		String target = r.path("target_url").asText("");
		if (target.startsWith("http")) {
			return target;
		}
		String topic = r.path("topic_url").asText("");
		return forum.base() + (topic.isEmpty() ? "/review/" + r.path("id").asLong() : topic);
	}

	/** Discourse sends the status as its number or, in older versions, its name. */
	private static int status(JsonNode reviewable) {
		JsonNode status = reviewable.path("status");
		if (status.isNumber()) {
			return Math.min(Math.max(status.asInt(), 0), STATUSES.length - 1);
		}
		for (int i = 0; i < STATUSES.length; i++) {
			if (STATUSES[i].equalsIgnoreCase(status.asText())) {
				return i;
			}
		}
		return PENDING;
	}

}
