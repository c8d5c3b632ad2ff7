package org.communityops.intake.discourse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Deliveries to {@code /webhooks/discourse/{client}} over real HTTP, signed and headed as
 * Discourse sends them.
 */
final class ForumDeliveries {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final String secret;

	private final String instance;

	ForumDeliveries(int port, String secret, String instance) {
		this.port = port;
		this.secret = secret;
		this.instance = instance;
	}

	static String recorded(String name) {
		try {
			return new ClassPathResource("discourse/" + name + ".json").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The headers of a signed delivery of {@code event} (type from its name's first
	 * word).
	 */
	Map<String, String> signed(String body, String eventId, String event) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Discourse-Instance", instance);
		headers.put("X-Discourse-Event-Id", eventId);
		headers.put("X-Discourse-Event-Type", event.substring(0, event.indexOf('_')));
		headers.put("X-Discourse-Event", event);
		headers.put("X-Discourse-Event-Signature", WebhookSignature.header(secret, bytes(body)));
		return headers;
	}

	HttpResponse<String> deliver(String client, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/webhooks/discourse/" + client))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
		headers.forEach(request::header);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
