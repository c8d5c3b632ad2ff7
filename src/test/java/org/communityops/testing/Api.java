package org.communityops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real HTTP calls as a demo user over HTTP Basic (password = user name), or anonymously
 * with user null; safe to use from several threads at once.
 */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public Api(int port) {
		this.port = port;
	}

	public Answer call(String user, String method, String path, String jsonBody) {
		return call(user, method, path, jsonBody, "*/*");
	}

	/**
	 * @param accept the Accept header sent
	 */
	public Answer call(String user, String method, String path, String jsonBody, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(jsonBody));
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			String credentials = user + ":" + user;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Answer get(String user, String path) {
		return call(user, "GET", path, null);
	}

	public record Answer(int status, String contentType, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Not JSON: " + body, ex);
			}
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

	}

}
