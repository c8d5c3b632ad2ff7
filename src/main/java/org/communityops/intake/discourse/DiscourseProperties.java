package org.communityops.intake.discourse;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Discourse forums of the clients, by client slug
 * ({@code communityops.discourse.clients.<client>.*}). Secrets come from the environment
 * (e.g. {@code COMMUNITYOPS_DISCOURSE_CLIENTS_NORTHWIND_WEBHOOKSECRET}), never from a
 * policy file; {@link #toString()} of a client never shows them, so they cannot reach a
 * log.
 */
@ConfigurationProperties("communityops.discourse")
record DiscourseProperties(Map<String, Forum> clients) {

	DiscourseProperties {
		clients = clients == null ? Map.of() : Map.copyOf(clients);
	}

	/**
	 * @param baseUrl the forum's address, as Discourse sends it in
	 * {@code X-Discourse-Instance}
	 * @param webhookSecret the secret typed into the webhook's settings on Discourse
	 * @param apiKey the API key decisions are performed with
	 * @param apiUsername the moderator account the API key acts as
	 * @param supportCategories the ids of the categories whose new topics are member
	 * questions, timed from their first post to the first staff reply (none: no topic is)
	 */
	record Forum(String baseUrl, String webhookSecret, String apiKey, String apiUsername,
			List<Long> supportCategories) {

		Forum {
			supportCategories = supportCategories == null ? List.of() : List.copyOf(supportCategories);
		}

		/**
		 * Decisions go back only to a forum that gave us an API key to perform them with.
		 */
		boolean takesDecisions() {
			return apiKey != null && !apiKey.isBlank() && apiUsername != null && !apiUsername.isBlank();
		}

		/** The forum's address without trailing slashes, for links and API calls. */
		String base() {
			return trim(baseUrl);
		}

		/** Trailing slashes do not make another forum. */
		boolean isInstance(String instance) {
			return instance != null && baseUrl != null && trim(baseUrl).equalsIgnoreCase(trim(instance));
		}

		private static String trim(String url) {
			String trimmed = url.strip();
			while (trimmed.endsWith("/")) {
				trimmed = trimmed.substring(0, trimmed.length() - 1);
			}
			return trimmed;
		}

		@Override
		public String toString() {
			return "Forum[baseUrl=" + baseUrl + ", apiUsername=" + apiUsername + ", secrets hidden]";
		}

	}

}
