package org.communityops.security;

import org.communityops.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A demo user signed in to the Camunda webapps through their own login (password = user
 * name), calling the webapps' engine API with the session cookie and the webapps' CSRF
 * token, as Tasklist and Cockpit do.
 */
final class WebappSession {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

	private final int port;

	WebappSession(int port, String user) {
		this.port = port;
		send("GET", "/camunda/app/tasklist/default/", null, null);
		Api.Answer login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
				"username=" + user + "&password=" + user, "application/x-www-form-urlencoded");
		if (login.status() != 200) {
			throw new IllegalStateException("Webapps login of " + user + " failed: " + login);
		}
	}

	/**
	 * A call of the webapps' engine API, path relative to
	 * {@code /camunda/api/engine/engine/default}.
	 */
	Api.Answer call(String method, String path, String jsonBody) {
		return send(method, "/camunda/api/engine/engine/default" + path, jsonBody,
				jsonBody == null ? null : "application/json");
	}

	private Api.Answer send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		String token = csrfToken();
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Api.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
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

	private String csrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
