package org.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the dashboard opened by each role and by another client's user, signed in
 * through the login form over real HTTP. Columns as in {@link AccessMatrixTest}:
 * anonymous (sent to the login form, 302); admin; amelia, account manager of northwind,
 * globex and hooli; mo, moderator on the same three; mira, moderator on initech only;
 * nora, northwind's client user; gary, globex's; hana, hooli's. A cell is the status, or
 * for a list whether it holds northwind ({@code data}) or not ({@code none}). A page the
 * caller may not see answers as one that is not there.
 */
@SecuredApplicationTest
class PageAccessMatrixTest {

	/** The policies list's row of northwind. */
	private static final String NORTHWIND = "data-client=\"northwind\"";

	@LocalServerPort
	int port;

	private final Map<String, String> expected = new LinkedHashMap<>();

	private final Map<String, String> actual = new LinkedHashMap<>();

	@Test
	void everyPageAnswersEachCallerExactlyAsTheMatrixSays() {
		List<PageSession> sessions = AccessMatrixTest.CALLERS.stream()
			.map(caller -> caller == null ? new PageSession(port) : new PageSession(port).signIn(caller))
			.toList();

		row(sessions, "/", null, "302 200 200 200 200 200 200 200");
		row(sessions, "/clients/northwind", null, "302 200 200 403 404 403 404 404");
		row(sessions, "/clients/umbrella", null, "302 404 404 404 404 404 404 404");
		row(sessions, "/policies", NORTHWIND, "302 data data data none data none none");
		row(sessions, "/policies/northwind", null, "302 200 200 200 404 200 404 404");
		row(sessions, "/policies/hooli", null, "302 200 200 200 404 404 404 200");
		row(sessions, "/policies/umbrella", null, "302 404 404 404 404 404 404 404");
		row(sessions, "/clocks", "value=\"northwind\"", "302 data data data none data none none");
		row(sessions, "/clocks?client=northwind", null, "302 200 200 200 404 200 404 404");
		row(sessions, "/clocks?client=umbrella", null, "302 404 404 404 404 404 404 404");
		row(sessions, "/profile", "name=\"northwind:sla.warning\"", "302 none data data none data none none");

		assertThat(actual).as("status (or whether it shows northwind) per caller: %s", AccessMatrixTest.CALLERS)
			.containsExactlyEntriesOf(expected);
	}

	private void row(List<PageSession> sessions, String path, String marker, String cells) {
		StringBuilder answers = new StringBuilder();
		for (PageSession session : sessions) {
			HttpResponse<String> page = session.get(path);
			String cell = page.statusCode() == 200 && marker != null ? (page.body().contains(marker) ? "data" : "none")
					: String.valueOf(page.statusCode());
			answers.append(answers.isEmpty() ? "" : " ").append(cell);
		}
		expected.put(path, cells);
		actual.put(path, answers.toString());
	}

}
