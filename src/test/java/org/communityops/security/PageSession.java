package org.communityops.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session on the pages over plain HTTP: its cookies, and signing in through
 * the login form with the form's CSRF token, as a person does; anonymous until then.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	PageSession(int port) {
		this.port = port;
	}

	/** Signs the demo user in (password = user name); the session then is theirs. */
	PageSession signIn(String user) {
		String token = csrf(get("/login").body());
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(user) + "&password=" + encode(user) + "&_csrf=" + encode(token)))
			.build());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"Could not sign " + user + " in: " + signedIn.statusCode() + " " + location);
		}
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return browser.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token in " + page);
		}
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
