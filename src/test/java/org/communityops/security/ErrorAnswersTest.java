package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communityops.testing.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors that no endpoint of ours answers (Tomcat's refusals, unknown paths, unsupported
 * methods and representations, the actuator's bare statuses) are problems too, over real
 * HTTP; only a browser asking for a page gets a page.
 */
@SecuredApplicationTest
class ErrorAnswersTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void aPathTomcatRefusesIsAProblemNotTomcatsHtmlPage() {
		for (String path : new String[] { "/api/sla/clocks%00", "/api/sla/policies/north%2Fwind", "/a%2Fb",
				"/engine-rest/task%00" }) {
			for (String user : new String[] { null, "admin", "nora" }) {
				Answer answer = api.call(user, "GET", path, null, "text/html");
				assertThat(answer.status()).as(path).isEqualTo(400);
				assertThat(answer.isProblem()).as(path + " answered " + answer.contentType()).isTrue();
				assertThat(answer.json().get("detail").asText()).contains("%2F", "%00");
			}
		}
	}

	@Test
	void anUnknownApiPathIsAProblemNamingThePath() {
		Answer answer = api.get("admin", "/api/no-such-thing");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.json().get("detail").asText()).isEqualTo("Nothing at GET /api/no-such-thing");
		assertThat(answer.json().get("instance").asText()).isEqualTo("/api/no-such-thing");
	}

	@Test
	void anEngineRequestWithoutItsBodyIsABadRequestNotAServerError() {
		String start = "/engine-rest/process-definition/key/MemberSupportProcess/start";
		for (String body : new String[] { "", "\t", " \n ", "null" }) {
			for (String[] request : new String[][] { { "admin", "/engine-rest/message" }, { "admin", start },
					{ "amelia", start } }) {
				Answer answer = api.call(request[0], "POST", request[1], body);
				assertThat(answer.status()).as("%s '%s' answered %s", request[1], body, answer.body()).isEqualTo(400);
				assertThat(answer.isProblem()).isTrue();
				assertThat(answer.json().path("engineError").asText()).isNotEqualTo("NullPointerException");
				assertThat(answer.json().get("detail").asText()).doesNotContain("is null");
			}
		}
	}

	@Test
	void aMethodThePathDoesNotServeIsAProblemNamingTheAllowedOnes() {
		Answer answer = api.call("nora", "DELETE", "/api/sla/clocks", null);

		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.json().get("detail").asText())
			.isEqualTo("DELETE is not allowed on /api/sla/clocks;" + " expected one of GET");
	}

	@Test
	void aRepresentationThePathCannotProduceIsAProblemAnyway() {
		for (String path : new String[] { "/api/sla/clocks", "/actuator/health", "/engine-rest/task" }) {
			Answer answer = api.call("admin", "GET", path, null, "application/xml");
			assertThat(answer.status()).as(path).isEqualTo(406);
			assertThat(answer.isProblem()).as(path + " answered " + answer.contentType()).isTrue();
		}
	}

	@Test
	void theActuatorsBareErrorsAreProblems() {
		for (String path : new String[] { "/actuator/metrics/no.such.metric", "/actuator/no-such-endpoint" }) {
			Answer answer = api.get("admin", path);
			assertThat(answer.status()).as(path).isEqualTo(404);
			assertThat(answer.isProblem()).as(path + " answered " + answer.contentType()).isTrue();
			assertThat(answer.json().get("detail").asText()).isEqualTo("Nothing at GET " + path);
		}
	}

	@Test
	void anUnknownPageIsAPageForABrowserAndAProblemForAnythingElse() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(login);
		assertThat(token.find()).isTrue();
		browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=nora&password=nora&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		HttpResponse<String> page = browser.send(
				request("/no-such-page").header("Accept", "text/html,*/*;q=0.8").build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> problem = browser.send(
				request("/no-such-page").header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("<p class=\"error\">Nothing at GET /no-such-page</p>");
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
