package org.communityops.intake.discourse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.communityops.intake.PlatformDecision;
import org.communityops.intake.PlatformDecisions;
import org.springframework.stereotype.Component;

/**
 * Performs a triage decision on the client's forum: {@code PUT
 * /review/{id}/perform/{action}?version=N} with the forum's {@code Api-Key} and
 * {@code Api-Username}. A version conflict (409) re-reads the reviewable and tries once
 * more with its version, unless a Discourse moderator decided it meanwhile; a reviewable
 * that is gone (404) needs no decision. Anything else Discourse refuses, or cannot be
 * reached, is thrown, so the engine tries again. Redirects are not followed: the forum's
 * address is the only place the API key goes.
 */
@Component
class DiscourseReviews implements PlatformDecisions {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final DiscourseProperties forums;

	private final ObjectMapper json;

	DiscourseReviews(DiscourseProperties forums, ObjectMapper json) {
		this.forums = forums;
		this.json = json;
	}

	@Override
	public String platform() {
		return Inbox.PLATFORM;
	}

	@Override
	public List<String> actions(String itemType) {
		return ReviewableActions.of(itemType);
	}

	@Override
	public String perform(PlatformDecision decision) {
		DiscourseProperties.Forum forum = forums.clients().get(decision.client());
		if (forum == null || !forum.takesDecisions()) {
			return "not sent: no Discourse API key is configured for " + decision.client();
		}
		HttpResponse<String> answer = put(forum, decision, decision.version());
		if (answer.statusCode() == 409) {
			JsonNode reviewable = read(forum, decision.itemId()).path("reviewable");
			if (reviewable.path("status").asInt(0) != 0) {
				return "not sent: reviewable " + decision.itemId() + " was decided on Discourse meanwhile";
			}
			answer = put(forum, decision, reviewable.path("version").asInt());
		}
		if (answer.statusCode() == 404) {
			return "not sent: reviewable " + decision.itemId() + " is gone from Discourse";
		}
		if (answer.statusCode() / 100 != 2) {
			throw refused(decision, answer);
		}
		return decision.action() + " performed on reviewable " + decision.itemId();
	}

	private HttpResponse<String> put(DiscourseProperties.Forum forum, PlatformDecision decision, Integer version) {
		String query = version == null ? "" : "?version=" + version;
		return send(forum, HttpRequest
			.newBuilder(
					URI.create(forum.base() + "/review/" + decision.itemId() + "/perform/" + decision.action() + query))
			.PUT(HttpRequest.BodyPublishers.noBody()));
	}

	private JsonNode read(DiscourseProperties.Forum forum, long id) {
		HttpResponse<String> answer = send(forum,
				HttpRequest.newBuilder(URI.create(forum.base() + "/review/" + id + ".json")).GET());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(
					"Discourse answered " + answer.statusCode() + " when reviewable " + id + " was read again");
		}
		try {
			return json.readTree(answer.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Discourse sent reviewable " + id + " as something other than JSON", ex);
		}
	}

	private HttpResponse<String> send(DiscourseProperties.Forum forum, HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(TIMEOUT)
				.header("Api-Key", forum.apiKey())
				.header("Api-Username", forum.apiUsername())
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Discourse at " + forum.base() + " cannot be reached: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling Discourse", ex);
		}
	}

	private static IllegalStateException refused(PlatformDecision decision, HttpResponse<String> answer) {
		String body = answer.body() == null ? "" : answer.body();
		return new IllegalStateException(
				"Discourse refused " + decision.action() + " on reviewable " + decision.itemId() + " with "
						+ answer.statusCode() + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
	}

}
