package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad files dropped into the policy folder of the running application: each is reported
 * by its name (and line where there is one), the client's version in force stays, and the
 * other files go on loading.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:policy-folder;DB_CLOSE_DELAY=-1",
		"communityops.sla.policies.poll-interval=100ms", "camunda.bpm.job-execution.enabled=false" })
class PolicyFolderProblemsTest {

	@TempDir
	static Path folder;

	@Autowired
	PolicyRegistry registry;

	@DynamicPropertySource
	static void policyFolder(DynamicPropertyRegistry properties) throws IOException {
		PolicyFolders.copyDemoPolicies(folder);
		properties.add("communityops.sla.policies.folder", folder::toString);
	}

	/**
	 * Puts the demo files back, one atomic replacement each, so no poll ever sees a
	 * client without its file.
	 */
	@AfterEach
	void restoreTheDemoFolder() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Path demo = Path.of("sla-policies").resolve(file.getFileName());
				if (Files.exists(demo)) {
					write(file.getFileName().toString(), Files.readString(demo));
				}
				else {
					Files.delete(file);
				}
			}
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> registry.problems().isEmpty()
					&& registry.clients().equals(List.of("globex", "hooli", "initech", "northwind")));
	}

	@Test
	void aSecondFileForAClientIsRejectedAndTheFileInForceKeepsIt() throws IOException {
		PolicyVersion inForce = registry.current("northwind").orElseThrow();
		write("a-northwind.yaml", Files.readString(folder.resolve("northwind.yaml")));

		await().atMost(Duration.ofSeconds(10)).until(() -> !registry.problems().isEmpty());

		assertThat(registry.problems()).map(PolicyProblem::toString)
			.singleElement()
			.asString()
			.isEqualTo("a-northwind.yaml:5:9: client: 'northwind' is not the client this file is named after; "
					+ "expected a-northwind (or the file renamed to northwind.yaml)");
		assertThat(registry.current("northwind").orElseThrow()).isEqualTo(inForce);
		assertThat(inForce.file()).isEqualTo("northwind.yaml");
	}

	@Test
	void aClientRenamedInsideItsFileIsAnErrorAtTheClientLine() throws IOException {
		PolicyVersion inForce = registry.current("northwind").orElseThrow();
		write("northwind.yaml", inForce.content().replace("client: northwind", "client: northwind-eu"));

		await().atMost(Duration.ofSeconds(10)).until(() -> !registry.problemsOf("northwind").isEmpty());

		assertThat(registry.problemsOf("northwind")).map(PolicyProblem::toString)
			.singleElement()
			.asString()
			.startsWith("northwind.yaml:5:9: client: 'northwind-eu' is not the client this file is named after; "
					+ "expected northwind");
		assertThat(registry.current("northwind").orElseThrow()).isEqualTo(inForce);
		assertThat(registry.current("northwind-eu")).isEmpty();
	}

	@Test
	void aFileThatIsNotUtf8IsNamedWithItsBadByteAndTheOtherFilesStillReload() throws IOException {
		PolicyVersion globex = registry.current("globex").orElseThrow();
		String text = Files.readString(folder.resolve("globex.yaml")).replace("name: ", "name: Caf\u00e9 ");
		Files.write(folder.resolve("globex.yaml"), text.getBytes(StandardCharsets.ISO_8859_1));
		int line = lineOf(text, "Caf\u00e9");
		int initech = registry.current("initech").orElseThrow().version();
		write("initech.yaml", Files.readString(folder.resolve("initech.yaml")).replace("within: 4h", "within: 3h"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> registry.current("initech").orElseThrow().version() == initech + 1);

		assertThat(registry.problemsOf("globex")).map(PolicyProblem::toString)
			.singleElement()
			.asString()
			.matches("globex\\.yaml:" + line + ":\\d+: byte 0xE9 is not UTF-8; expected the file saved as UTF-8");
		assertThat(registry.current("globex").orElseThrow()).isEqualTo(globex);
	}

	@Test
	void aFileOverTheSizeLimitIsAProblemOfItsOwn() throws IOException {
		PolicyVersion hooli = registry.current("hooli").orElseThrow();
		write("hooli.yaml", hooli.content() + "#" + "x".repeat(5 * 1024 * 1024) + "\n");

		await().atMost(Duration.ofSeconds(10)).until(() -> !registry.problemsOf("hooli").isEmpty());

		assertThat(registry.problemsOf("hooli")).map(PolicyProblem::toString)
			.singleElement()
			.asString()
			.matches("hooli\\.yaml:1:1: the file has \\d+ bytes; a policy file may have at most 262144 .*");
		assertThat(registry.current("hooli").orElseThrow()).isEqualTo(hooli);
	}

	private static int lineOf(String text, String part) {
		return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
	}

	private static void write(String file, String content) throws IOException {
		PolicyFolders.write(folder, file, content);
	}

}
