package org.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.communityops.identity.Caller;
import org.communityops.identity.engine.EngineObjects.Kind;
import org.communityops.security.EngineApiAllowlist.Addressed;
import org.communityops.security.EngineApiRequest.MalformedPathException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The guard's reading of a request: canonical paths, and what the allowlist lets each
 * role do.
 */
class EngineApiRequestTest {

	static final Caller NORA = new Caller("nora", List.of("client-northwind"), List.of("northwind"));

	static final Caller MIRA = new Caller("mira", List.of("moderators"), List.of("initech"));

	final EngineApiAllowlist allowlist = EngineApiAllowlist.standard();

	@Test
	void readsAnEncodedIdAsThePlainOneOnBothApis() {
		EngineApiRequest rest = request("GET", "/engine-rest/task/6a5e%2Dedea/comment/c1");
		EngineApiRequest webapps = request("GET", "/camunda/api/engine/engine/default/task/6a5e-edea/comment/c1");

		assertThat(rest.path()).containsExactly("task", "6a5e-edea", "comment", "c1");
		assertThat(webapps.path()).isEqualTo(rest.path());
		assertThat(webapps.engine()).isEqualTo("default");
		assertThat(allowlist.permit(NORA, rest)).contains(List.of(new Addressed(Kind.TASK, "6a5e-edea")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/task/x;jsessionid=1/comment", "/engine-rest//task/x",
			"/engine-rest/task/%2e%2e/job", "/engine-rest/task/a%252Db", "/engine-rest/task/a%5Cb",
			"/engine-rest/task/a%00b", "/engine-rest/task/a%zz", "/engine%2Drest/task/x;y" })
	void refusesAPathTheContainerCouldReadOtherwise(String path) {
		assertThatThrownBy(() -> request("GET", path)).isInstanceOf(MalformedPathException.class);
	}

	@Test
	void leavesOtherPathsAlone() {
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/clients/northwind;x");
		page.setRequestURI("/clients/northwind;x");

		assertThat(EngineApiRequest.of(page)).isEmpty();
	}

	@Test
	void deniesWhatNoRuleOfTheRoleAllows() {
		assertThat(allowlist.permit(NORA, request("PUT", "/engine-rest/job/j1/duedate"))).isEmpty();
		assertThat(allowlist.permit(MIRA, request("DELETE", "/engine-rest/job/j1"))).isEmpty();
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/job"))).isEmpty();
		assertThat(allowlist.permit(MIRA, request("GET", "/engine-rest/job"))).contains(List.of());
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/TASK/t1"))).isEmpty();
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/metrics"))).isEmpty();
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/history/user-operation"))).isEmpty();
	}

	@Test
	void aPlaceholderNeverStandsForOneOfTheEnginesOwnResources() {
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/process-definition/statistics"))).isEmpty();
		assertThat(allowlist.permit(MIRA, request("GET", "/engine-rest/process-definition/statistics"))).isPresent();
	}

	@Test
	void anOwnProfileOnlyAndAQueryParameterNamingAVisibleObject() {
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/user/nora/profile"))).isPresent();
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/user/amelia/profile"))).isEmpty();
		assertThat(allowlist.permit(NORA, request("GET", "/engine-rest/history/user-operation", "taskId=t1")))
			.contains(List.of(new Addressed(Kind.TASK, "t1")));
	}

	@Test
	void reservedWordsAreEveryLiteralOfTheEngineRestApi() {
		assertThat(EngineApiAllowlist.RESERVED).containsAll(EngineOperations.load().literalsBelowRoot());
	}

	@Test
	void everyRuleOfTheTableParses() {
		assertThatThrownBy(() -> EngineApiAllowlist.parse("everyone GET task/{tsk}")).hasMessageContaining("{tsk}");
		assertThatThrownBy(() -> EngineApiAllowlist.parse("someone GET task")).hasMessageContaining("someone");
	}

	@Test
	void securityDocsShowTheAllowlistAsTheCodeHasIt() throws IOException {
		String docs = Files.readString(Path.of("docs/security.md"));

		assertThat(EngineApiAllowlist.RULES.lines().map(String::strip).filter(line -> !line.isEmpty()))
			.allSatisfy(line -> assertThat(docs).contains(line));
	}

	private static EngineApiRequest request(String method, String uri) {
		return request(method, uri, null);
	}

	private static EngineApiRequest request(String method, String uri, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.setRequestURI(uri);
		request.setQueryString(query);
		return EngineApiRequest.of(request).orElseThrow();
	}

}
