package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communityops.sla.policy.PolicyFolders.copyDemoPolicies;
import static org.communityops.sla.policy.PolicyFolders.demo;
import static org.communityops.sla.policy.PolicyFolders.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.communityops.CommunityOpsApplication;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database, each with a policy folder of its own, agree on the policy in
 * force: per client the newest stored version. Node A starts on the demo folder and edits
 * globex before node B starts on the demo folder, so B's globex.yaml is a stale copy.
 * Each test changes a client of its own. Before the database was the one source, B stored
 * its stale copy as globex's next version and each node timed new clocks by its own
 * folder.
 */
@AlsoOnPostgreSql
class TwoNodesAgreeOnPoliciesTest {

	private static final Duration FEW_POLLS = Duration.ofSeconds(10);

	private static final TestDatabase shared = new TestDatabase();

	private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@TempDir
	static Path folderA;

	@TempDir
	static Path folderB;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static String globexEditedOnA;

	@BeforeAll
	static void startNodeAThenEditGlobexThenStartNodeB() throws IOException {
		String database = "jdbc:h2:mem:policy-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		copyDemoPolicies(folderA);
		copyDemoPolicies(folderB);
		nodeA = start("node-a", "default", folderA, database);
		globexEditedOnA = demo("globex.yaml").replace("within: 2h", "within: 3h");
		write(folderA, "globex.yaml", globexEditedOnA);
		await().atMost(FEW_POLLS).until(() -> registry(nodeA).current("globex").orElseThrow().version() == 2);
		nodeB = start("node-b", "node-b", folderB, database);
	}

	@AfterAll
	static void stopNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aNodeStartedWithAStaleCopyPutsTheNewestStoredVersionInForceStoresNothingAndSaysSo() throws IOException {
		assertThat(registry(nodeB).current("globex").orElseThrow().content()).isEqualTo(globexEditedOnA);
		await().during(Duration.ofSeconds(1))
			.atMost(FEW_POLLS)
			.until(() -> registry(nodeA).history("globex").size() == 2
					&& registry(nodeB).history("globex").size() == 2);
		Health health = health(nodeB);
		assertThat(health.getStatus()).isEqualTo(PolicyHealth.DEGRADED);
		assertThat(differences(health)).contains("globex.yaml: a stale copy, its text is version 1 of globex, but"
				+ " version 2 is in force; not stored (edit the file on this node to make it the next version)");
		assertThat(differences(health(nodeA))).noneMatch(difference -> difference.contains("globex"));

		write(folderB, "globex.yaml", globexEditedOnA);

		await().atMost(FEW_POLLS).until(() -> differences(health(nodeB)).stream().noneMatch(d -> d.contains("globex")));
		assertThat(registry(nodeB).history("globex")).hasSize(2);
	}

	@Test
	void anEditOnOneNodeIsInForceOnTheOtherWithinAFewPollsAndTheOtherSaysItsFolderIsBehind() throws IOException {
		String edited = demo("northwind.yaml").replace("id: NW-2026", "id: NW-2026-B");
		write(folderA, "northwind.yaml", edited);

		await().atMost(FEW_POLLS)
			.until(() -> registry(nodeB).current("northwind").orElseThrow().content().equals(edited));

		await().during(Duration.ofSeconds(1))
			.atMost(FEW_POLLS)
			.until(() -> registry(nodeA).history("northwind").size() == 2
					&& registry(nodeB).current("northwind").orElseThrow().version() == 2);
		assertThat(differences(health(nodeB))).contains("northwind.yaml: a stale copy, its text is version 1 of"
				+ " northwind, but version 2 is in force; not stored (edit the file on this node to make it the next"
				+ " version)");
		assertThat(differences(health(nodeA))).noneMatch(difference -> difference.contains("northwind"));
	}

	@Test
	void aRevertOnOneNodeIsStoredAsTheNextVersionAndIsInForceOnBoth() throws IOException {
		String original = demo("initech.yaml");
		write(folderA, "initech.yaml", original.replace("within: 4h", "within: 5h"));
		await().atMost(FEW_POLLS).until(() -> registry(nodeB).current("initech").orElseThrow().version() == 2);

		write(folderA, "initech.yaml", original);

		await().atMost(FEW_POLLS).until(() -> registry(nodeB).current("initech").orElseThrow().version() == 3);
		assertThat(registry(nodeB).current("initech").orElseThrow().content()).isEqualTo(original);
		assertThat(registry(nodeA).current("initech").orElseThrow().content()).isEqualTo(original);
		await().atMost(FEW_POLLS)
			.until(() -> differences(health(nodeB)).stream().noneMatch(d -> d.contains("initech")));
	}

	@Test
	void aClientAddedOnOneNodeIsInForceOnTheOtherWhoseFolderLacksItUntilItsFileIsRemoved() throws IOException {
		write(folderA, "umbrella.yaml", demo("hooli.yaml").replace("client: hooli", "client: umbrella"));

		await().atMost(FEW_POLLS).until(() -> registry(nodeB).current("umbrella").isPresent());
		await().during(Duration.ofSeconds(1))
			.atMost(FEW_POLLS)
			.until(() -> registry(nodeB).clients().contains("umbrella"));
		assertThat(differences(health(nodeB)))
			.contains("umbrella: version 1 (umbrella.yaml) is in force, but this" + " folder has no file for it");

		Files.delete(folderA.resolve("umbrella.yaml"));

		await().atMost(FEW_POLLS).until(() -> registry(nodeB).current("umbrella").isEmpty());
		assertThat(registry(nodeA).current("umbrella")).isEmpty();
		assertThat(registry(nodeB).history("umbrella")).hasSize(1);
		assertThat(differences(health(nodeB))).noneMatch(difference -> difference.contains("umbrella"));
	}

	@Test
	void anInvalidEditOnOneNodeIsRejectedThereAndTheVersionInForceStaysOnBoth() throws IOException {
		String acme = demo("initech.yaml").replace("client: initech", "client: acme");
		write(folderA, "acme.yaml", acme);
		write(folderB, "acme.yaml", acme);
		await().atMost(FEW_POLLS).until(() -> registry(nodeB).current("acme").isPresent());

		write(folderB, "acme.yaml", acme.replace("within: 4h", "within: 4"));

		await().atMost(FEW_POLLS).until(() -> !registry(nodeB).problemsOf("acme").isEmpty());
		assertThat(differences(health(nodeB)))
			.contains("acme.yaml: rejected (see errors), so this folder differs from version 1 of acme in force");
		assertThat(health(nodeB).getDetails().get("errors")).asList()
			.anySatisfy(error -> assertThat(error).asString().startsWith("acme.yaml:"));
		assertThat(registry(nodeA).problemsOf("acme")).isEmpty();
		assertThat(differences(health(nodeA))).noneMatch(difference -> difference.contains("acme"));
		assertThat(registry(nodeA).history("acme")).hasSize(1);
		assertThat(registry(nodeB).current("acme").orElseThrow().content()).isEqualTo(acme);
	}

	@Test
	void twoNodesStoringTheSameEditAtOnceStoreItOnce() throws IOException {
		String edited = demo("hooli.yaml").replace("name: ", "name: New ");
		write(folderA, "hooli.yaml", edited);
		write(folderB, "hooli.yaml", edited);

		await().atMost(FEW_POLLS)
			.until(() -> registry(nodeA).current("hooli").orElseThrow().content().equals(edited)
					&& registry(nodeB).current("hooli").orElseThrow().content().equals(edited));
		await().during(Duration.ofSeconds(1))
			.atMost(FEW_POLLS)
			.until(() -> registry(nodeA).history("hooli").size() == 2 && registry(nodeB).history("hooli").size() == 2);
		assertThat(differences(health(nodeA))).noneMatch(difference -> difference.contains("hooli"));
		assertThat(differences(health(nodeB))).noneMatch(difference -> difference.contains("hooli"));
	}

	private static ConfigurableApplicationContext start(String hostname, String engineName, Path folder,
			String database) {
		ConfigurableApplicationContext node = new SpringApplicationBuilder(CommunityOpsApplication.class)
			.initializers(shared)
			.run("--spring.main.web-application-type=none", "--spring.datasource.url=" + database,
					"--camunda.bpm.process-engine-name=" + engineName,
					"--camunda.bpm.generic-properties.properties.hostname=" + hostname,
					"--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
					"--communityops.sla.policies.folder=" + folder, "--communityops.sla.policies.poll-interval=200ms",
					"--spring.autoconfigure.exclude="
							+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
		nodes.add(node);
		return node;
	}

	private static PolicyRegistry registry(ConfigurableApplicationContext node) {
		return node.getBean(PolicyRegistry.class);
	}

	private static Health health(ConfigurableApplicationContext node) {
		return node.getBean(PolicyHealth.class).health();
	}

	@SuppressWarnings("unchecked")
	private static List<String> differences(Health health) {
		if (health.getStatus().equals(Status.UP)) {
			return List.of();
		}
		return (List<String>) health.getDetails().getOrDefault("differences", List.of());
	}

}
