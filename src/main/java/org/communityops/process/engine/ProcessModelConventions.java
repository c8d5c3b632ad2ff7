package org.communityops.process.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The rules every model in {@code processes/} keeps so that work can be routed and timed:
 * each user task has a candidate group and a Camunda Form that the folder holds.
 */
final class ProcessModelConventions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProcessModelConventions() {
	}

	/**
	 * Every broken rule as {@code file: element: what is wrong}; empty when all models
	 * comply.
	 */
	static List<String> check(List<ModelFile> files) {
		Set<String> formIds = new HashSet<>();
		List<String> violations = new ArrayList<>();
		for (ModelFile file : files) {
			if (file.isForm()) {
				readFormId(file, violations).ifPresent(formIds::add);
			}
		}
		for (ModelFile file : files) {
			if (file.isBpmn()) {
				checkModel(file, formIds, violations);
			}
		}
		return violations;
	}

	private static void checkModel(ModelFile file, Set<String> formIds, List<String> violations) {
		BpmnModelInstance model;
		try (InputStream in = file.open()) {
			model = Bpmn.readModelFromStream(in);
		}
		catch (IOException | RuntimeException ex) {
			violations.add(file.name() + ": not a readable BPMN model: " + ex.getMessage());
			return;
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String where = file.name() + ": user task " + task.getId();
			if (isBlank(task.getCamundaCandidateGroups())) {
				violations.add(where + " has no candidate group; expected camunda:candidateGroups");
			}
			checkForm(where, task.getCamundaFormRef(), task.getCamundaFormKey(), formIds, violations);
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			String formRef = start.getCamundaFormRef();
			if (!isBlank(formRef) && !formIds.contains(formRef)) {
				violations.add(file.name() + ": start event " + start.getId() + " references form '" + formRef
						+ "', which no .form file in the folder defines");
			}
		}
	}

	private static void checkForm(String where, String formRef, String formKey, Set<String> formIds,
			List<String> violations) {
		if (isBlank(formRef) && isBlank(formKey)) {
			violations.add(where + " has no form; expected camunda:formRef naming a Camunda Form");
		}
		else if (!isBlank(formRef) && !formIds.contains(formRef)) {
			violations.add(where + " references form '" + formRef + "', which no .form file in the folder defines");
		}
	}

	private static Optional<String> readFormId(ModelFile file, List<String> violations) {
		try (InputStream in = file.open()) {
			JsonNode id = JSON.readTree(in).get("id");
			if (id == null || isBlank(id.asText())) {
				violations.add(file.name() + ": form has no \"id\"; expected the id that user tasks reference");
				return Optional.empty();
			}
			return Optional.of(id.asText());
		}
		catch (IOException ex) {
			violations.add(file.name() + ": not a readable Camunda Form (JSON): " + ex.getMessage());
			return Optional.empty();
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
