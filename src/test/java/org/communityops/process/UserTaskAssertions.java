package org.communityops.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may work a user task and which deployed Camunda Form they see; shared by the
 * process tests.
 */
final class UserTaskAssertions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private UserTaskAssertions() {
	}

	/**
	 * The task is offered to exactly these candidate groups and renders the Camunda Form
	 * with this id.
	 */
	static void assertUserTask(Task task, String formId, String... candidateGroups) {
		assertThat(taskService().getIdentityLinksForTask(task.getId()))
			.filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.extracting(IdentityLink::getGroupId)
			.as("candidate groups of %s", task.getTaskDefinitionKey())
			.containsExactlyInAnyOrder(candidateGroups);
		assertThat(deployedFormId(task)).as("form of %s", task.getTaskDefinitionKey()).isEqualTo(formId);
	}

	/** The instance's process definition starts with the Camunda Form with this id. */
	static void assertStartForm(ProcessInstance instance, String formId) {
		assertThat(deployedStartFormId(instance.getProcessDefinitionId()))
			.as("start form of %s", instance.getProcessDefinitionId())
			.isEqualTo(formId);
	}

	/** The id of the Camunda Form that the engine serves for the task. */
	static String deployedFormId(Task task) {
		return formId(formService().getDeployedTaskForm(task.getId()));
	}

	/**
	 * The id of the Camunda Form that the engine serves to start the process definition.
	 */
	static String deployedStartFormId(String processDefinitionId) {
		return formId(formService().getDeployedStartForm(processDefinitionId));
	}

	private static String formId(InputStream deployedForm) {
		try (InputStream in = deployedForm) {
			return JSON.readTree(in).get("id").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
