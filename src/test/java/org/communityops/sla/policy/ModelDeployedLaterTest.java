package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A policy naming a process that no deployed model defines gets a warning, and the
 * warning goes once the process is deployed, by whatever way (here another deployment
 * than the process folder's), without the file changing.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:model-deployed-later;DB_CLOSE_DELAY=-1",
		"communityops.sla.policies.poll-interval=100ms", "camunda.bpm.job-execution.enabled=false" })
class ModelDeployedLaterTest {

	private static final String PROCESS = "VendorOffboardingProcess";

	@TempDir
	static Path folder;

	@Autowired
	PolicyRegistry registry;

	@Autowired
	RepositoryService repositoryService;

	@DynamicPropertySource
	static void policyFolder(DynamicPropertyRegistry properties) throws IOException {
		PolicyFolders.copyDemoPolicies(folder);
		PolicyFolders.write(folder, "northwind.yaml", PolicyFolders.demo("northwind.yaml") + """
				  - id: vendor-offboarding
				    name: Vendor offboarded
				    start: {process: %s, on: start}
				    stop: {process: %s, on: end}
				    within: 5d
				    clock: 24x7
				""".formatted(PROCESS, PROCESS));
		properties.add("communityops.sla.policies.folder", folder::toString);
	}

	@Test
	void dropsTheWarningAboutAProcessOnceItIsDeployed() {
		assertThat(warningsAbout(PROCESS)).as("warnings before the process is deployed").isPositive();

		repositoryService.createDeployment()
			.name("deployed-later")
			.addModelInstance("vendor-offboarding.bpmn",
					Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(400).startEvent().endEvent().done())
			.deploy();

		await().atMost(Duration.ofSeconds(30)).until(() -> warningsAbout(PROCESS) == 0);
		assertThat(registry.current("northwind").orElseThrow().version()).as("the policy was not stored again").isOne();
	}

	private long warningsAbout(String process) {
		return registry.problemsOf("northwind")
			.stream()
			.filter(problem -> !problem.isError() && problem.toString().contains(process))
			.count();
	}

}
