package org.communityops.intake.discourse;

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
	 */
	record Forum(String baseUrl, String webhookSecret, String apiKey, String apiUsername) {

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
