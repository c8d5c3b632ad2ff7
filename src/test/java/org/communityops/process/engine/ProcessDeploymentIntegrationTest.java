package org.communityops.process.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.security.Logins.admin;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Starts the real application (default profile, H2) and checks what the engine serves
 * over HTTP.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:deployment-test;DB_CLOSE_DELAY=-1")
class ProcessDeploymentIntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ProcessModelDeployer deployer;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TaskService taskService;

	@Test
	void deploysEveryModelAndFormOfTheProcessFolder() throws IOException {
		Set<String> deployed = new HashSet<>();
		for (JsonNode deployment : get("/engine-rest/deployment?name=communityops-processes")) {
			get("/engine-rest/deployment/" + deployment.get("id").asText() + "/resources")
				.forEach(resource -> deployed.add(resource.get("name").asText()));
		}

		List<String> files = ProcessModelConventionsTest.processFolder().stream().map(ModelFile::name).toList();
		assertThat(files).anyMatch(name -> name.endsWith(".form"));
		assertThat(deployed).containsAll(files);
	}

	@Test
	void listsTheFiveCommunityProcesses() {
		Set<String> keys = new HashSet<>();
		get("/engine-rest/process-definition?latestVersion=true").forEach(d -> keys.add(d.get("key").asText()));

		assertThat(keys).contains("ClientOnboardingProcess", "ContentApprovalProcess", "MemberSupportProcess",
				"EscalationProcess", "VendorReviewProcess");
	}

	@Test
	void redeployingUnchangedModelsCreatesNoNewVersions() {
		long definitions = repositoryService.createProcessDefinitionQuery().count();

		assertThat(deployer.deploy().orElseThrow().getDeployedProcessDefinitions()).isNullOrEmpty();
		assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
	}

	@Test
	void everyWaitingDemoTaskServesTheFormItsModelNames() {
		List<Task> tasks = taskService.createTaskQuery().active().list();
		assertThat(tasks).isNotEmpty();

		for (Task task : tasks) {
			UserTask userTask = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
				.getModelElementById(task.getTaskDefinitionKey());
			ResponseEntity<JsonNode> form = admin(http)
				.getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", JsonNode.class);

			assertThat(form.getStatusCode()).as(task.getTaskDefinitionKey()).isEqualTo(HttpStatus.OK);
			assertThat(form.getBody().get("id").asText()).isEqualTo(userTask.getCamundaFormRef());
			assertThat(form.getBody().get("components")).isNotEmpty();
		}
	}

	@Test
	void demoWorkWaitsForModeratorsInEveryProcess() {
		Set<String> processes = new HashSet<>();
		taskService.createTaskQuery()
			.taskCandidateGroup("moderators")
			.list()
			.forEach(task -> processes
				.add(repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey()));

		assertThat(processes).containsExactlyInAnyOrder("ClientOnboardingProcess", "ContentApprovalProcess",
				"MemberSupportProcess", "EscalationProcess", "VendorReviewProcess");
	}

	private JsonNode get(String path) {
		ResponseEntity<JsonNode> response = admin(http).getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
