package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client whose policy file is added while the application runs becomes a tenant at
 * once, with its users' group, so its work can start and its users see it without a
 * restart (before, tenants were made only at start-up and the start was refused as "not a
 * client you work for"). The reload that finds the file is the one the poll runs.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:client-added-while-running;DB_CLOSE_DELAY=-1",
		"communityops.sla.policies.poll-interval=100ms", "camunda.bpm.job-execution.enabled=false" })
class ClientAddedWhileRunningTest {

	@TempDir
	static Path folder;

	@Autowired
	PolicyLoader loader;

	@Autowired
	PolicyRegistry registry;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@DynamicPropertySource
	static void policyFolder(DynamicPropertyRegistry properties) throws IOException {
		PolicyFolders.copyDemoPolicies(folder);
		properties.add("communityops.sla.policies.folder", folder::toString);
	}

	@Test
	void aClientAddedWhileRunningIsATenantAtTheReloadAndItsWorkStarts() throws IOException {
		PolicyFolders.write(folder, "acme.yaml",
				Files.readString(Path.of("src/test/resources/report-fixture/acme.yaml")));

		loader.reloadWhenChanged();

		assertThat(registry.knows("acme")).as("acme's policy in force").isTrue();
		assertThat(identityService.createTenantQuery().tenantId("acme").groupMember("client-acme").count())
			.as("acme a tenant with its users' group, when the reload returns")
			.isOne();
		User ada = identityService.newUser("ada-acme");
		identityService.saveUser(ada);
		identityService.createMembership("ada-acme", "client-acme");
		assertThat(identityService.createTenantQuery().userMember("ada-acme").includingGroupsOfUser(true).list())
			.as("the tenants an acme user sees")
			.extracting("id")
			.containsExactly("acme");
		ProcessInstance request = runtimeService.startProcessInstanceByKey("MemberSupportProcess",
				Map.of("client", "acme", "requestKind", "question", "priority", "normal", "memberName", "ada",
						"subject", "Export", "details", "CSV export stops"));
		assertThat(request.getTenantId()).isEqualTo("acme");
	}

}
