package org.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages as a browser uses them, over real HTTP with a cookie jar: form login, CSRF
 * protection on every state-changing request that rides on the session, and the session
 * accepted by the APIs for reading.
 */
@SecuredApplicationTest
class PageLoginTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	HttpClient browser;

	@BeforeEach
	void openBrowser() {
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void pagesNeedAFormLoginThatNeedsTheCsrfToken() throws Exception {
		HttpResponse<String> home = send(get("/"));
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		String token = csrf(send(get("/login")));
		assertThat(send(form("/login", "username=nora&password=nora")).statusCode()).isEqualTo(403);
		// another user: a wrong password locks the user out for a few seconds (the
		// engine's brute-force protection)
		HttpResponse<String> wrong = send(form("/login", "username=ines&password=wrong&_csrf=" + encode(token)));
		assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

		HttpResponse<String> signedIn = send(form("/login", "username=nora&password=nora&_csrf=" + encode(token)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		HttpResponse<String> page = send(get("/"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Signed in as", "><strong>nora</strong></a>", "href=\"/profile\"",
				"clients: northwind");

		String sessionToken = csrf(page);
		assertThat(send(form("/logout", "")).statusCode()).isEqualTo(403);
		HttpResponse<String> out = send(form("/logout", "_csrf=" + encode(sessionToken)));
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(send(get("/")).statusCode()).isEqualTo(302);
	}

	@Test
	void theSignInPageHasItsStylesheetAndFaviconBeforeAnyoneSignsIn() throws Exception {
		HttpResponse<String> login = send(get("/login"));
		assertThat(login.body()).contains("<title>Sign in · CommunityOps</title>", "href=\"/favicon.svg\"",
				"href=\"/css/communityops.css\"");
		HttpResponse<String> favicon = send(get("/favicon.svg"));
		assertThat(favicon.statusCode()).isEqualTo(200);
		assertThat(favicon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
		HttpResponse<String> css = send(get("/css/communityops.css"));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains("--breach");
	}

	@Test
	void theApisAcceptThePageSessionButChangesOnItNeedTheCsrfToken() throws Exception {
		String token = csrf(send(get("/login")));
		send(form("/login", "username=nora&password=nora&_csrf=" + encode(token)));
		String sessionToken = csrf(send(get("/")));

		HttpResponse<String> policies = send(get("/api/sla/policies"));
		assertThat(policies.statusCode()).isEqualTo(200);
		assertThat(policies.body()).contains("\"client\":\"northwind\"").doesNotContain("\"client\":\"globex\"");

		String preview = "{\"clock\": \"24x7\", \"within\": \"4h\", \"start\": \"2026-03-06T15:00:00Z\"}";
		HttpResponse<String> forged = send(json("/api/sla/preview", preview).build());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(forged.body()).contains("CSRF");
		HttpResponse<String> sent = send(
				json("/api/sla/preview", preview).header("X-CSRF-TOKEN", sessionToken).build());
		assertThat(sent.statusCode()).isEqualTo(200);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest.Builder json(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("CSRF token in %s", page.body()).isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
