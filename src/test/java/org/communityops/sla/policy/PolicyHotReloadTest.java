package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communityops.security.Logins.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a copy of the demo policy folder, which the tests change while
 * it runs.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:policy-reload;DB_CLOSE_DELAY=-1",
				"communityops.sla.policies.poll-interval=100ms" })
class PolicyHotReloadTest {

	@TempDir
	static Path folder;

	@Autowired
	TestRestTemplate http;

	@Autowired
	PolicyRegistry registry;

	@DynamicPropertySource
	static void policyFolder(DynamicPropertyRegistry properties) throws IOException {
		PolicyFolders.copyDemoPolicies(folder);
		properties.add("communityops.sla.policies.folder", folder::toString);
	}

	@Test
	void loadsEveryDemoPolicyAtStartAsItsFirstVersion() {
		JsonNode overview = get("/api/sla/policies");

		assertThat(overview.get("policies")).extracting(policy -> policy.get("client").asText())
			.containsExactly("globex", "hooli", "initech", "northwind");
		assertThat(registry.clients()).allSatisfy(client -> {
			PolicyVersion first = registry.history(client).get(0);
			assertThat(first.version()).isEqualTo(1);
			assertThat(first.content()).isEqualTo(Files.readString(Path.of("sla-policies", first.file())));
		});
		assertThat(overview.get("problems")).noneMatch(problem -> problem.get("severity").asText().equals("error"));
	}

	@Test
	void aChangedFileBecomesTheNextVersionAndGovernsOnlyFromItsEffectiveDate() throws IOException {
		String original = Files.readString(folder.resolve("northwind.yaml"));
		write("northwind.yaml", original.replace("effective: 2026-01-01", "effective: 2027-01-01")
			.replace("within: 2h                    #", "within: 90m                   #"));

		await().atMost(Duration.ofSeconds(10)).until(() -> registry.current("northwind").orElseThrow().version() == 2);

		assertThat(registry.governing("northwind", Instant.parse("2026-12-31T12:00:00Z")).orElseThrow().version())
			.isEqualTo(1);
		assertThat(registry.governing("northwind", Instant.parse("2027-01-01T12:00:00Z")).orElseThrow().version())
			.isEqualTo(2);
		JsonNode detail = get("/api/sla/policies/northwind");
		assertThat(detail.get("history")).extracting(version -> version.get("effective").asText())
			.containsExactly("2026-01-01", "2027-01-01");
		ResponseEntity<String> first = admin(http).getForEntity("/api/sla/policies/northwind/versions/1", String.class);
		assertThat(first.getBody()).isEqualTo(original);
	}

	@Test
	void anInvalidChangeIsReportedAndTheLastGoodVersionStaysInForce() throws IOException {
		String good = Files.readString(folder.resolve("globex.yaml"));
		int version = registry.current("globex").orElseThrow().version();
		write("globex.yaml", good.replace("within: 2h", "within: 2"));

		await().atMost(Duration.ofSeconds(10)).until(() -> !registry.problemsOf("globex").isEmpty());

		assertThat(registry.current("globex").orElseThrow().version()).isEqualTo(version);
		JsonNode detail = get("/api/sla/policies/globex");
		assertThat(detail.get("inForce").asBoolean()).isTrue();
		assertThat(detail.get("problems").get(0).get("text").asText())
			.matches("globex\\.yaml:\\d+:\\d+: targets\\[0\\]\\.within: '2' has no unit; expected e\\.g\\. 4h, .*");
		JsonNode health = get("/actuator/health/slaPolicies");
		assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
		assertThat(health.get("details").get("errors").get(0).asText()).startsWith("globex.yaml:");

		write("globex.yaml", good);
		await().atMost(Duration.ofSeconds(10)).until(() -> registry.problemsOf("globex").isEmpty());
		assertThat(get("/actuator/health/slaPolicies").get("status").asText()).isEqualTo("UP");
		assertThat(registry.current("globex").orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void anAddedFileIsLoadedAndARemovedOneNoLongerGovernsNewClocks() throws IOException {
		write("umbrella.yaml",
				Files.readString(folder.resolve("initech.yaml")).replace("client: initech", "client: umbrella"));
		await().atMost(Duration.ofSeconds(10)).until(() -> registry.current("umbrella").isPresent());

		Files.delete(folder.resolve("umbrella.yaml"));
		await().atMost(Duration.ofSeconds(10)).until(() -> registry.current("umbrella").isEmpty());

		assertThat(registry.governing("umbrella", Instant.parse("2026-11-24T10:00:00Z"))).isEmpty();
		assertThat(registry.history("umbrella")).hasSize(1);
		assertThat(get("/api/sla/policies/umbrella").get("inForce").asBoolean()).isFalse();
	}

	@Test
	void aFolderThatIsMissingForAWhileWithdrawsNothing() throws IOException {
		List<String> clients = registry.clients();
		Map<String, Integer> versions = new HashMap<>();
		clients.forEach(client -> versions.put(client, registry.history(client).size()));
		Path away = folder.resolveSibling(folder.getFileName() + "-away");
		Files.move(folder, away);
		try {
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(5))
				.until(() -> registry.clients().equals(clients));
		}
		finally {
			Files.move(away, folder);
		}
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> registry.clients().equals(clients));
		clients.forEach(client -> assertThat(registry.history(client)).as(client).hasSize(versions.get(client)));
	}

	@Test
	void anUnknownClientIsAProblemNotFound() {
		ResponseEntity<JsonNode> response = admin(http).getForEntity("/api/sla/policies/nobody", JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText()).isEqualTo("No SLA policy for client 'nobody'");
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = admin(http).getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static void write(String file, String content) throws IOException {
		PolicyFolders.write(folder, file, content);
	}

}
