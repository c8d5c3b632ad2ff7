package org.communityops.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

class ProcessModelConventionsTest {

	private static final Path PROCESSES = Path.of("processes");

	@Test
	void everyUserTaskInTheProcessFolderHasACandidateGroupAndAnExistingForm() throws IOException {
		List<ModelFile> files = processFolder();

		assertThat(files).filteredOn(ModelFile::isBpmn).hasSizeGreaterThanOrEqualTo(5);
		assertThat(ProcessModelConventions.check(files)).isEmpty();
	}

	@Test
	void reportsAUserTaskWithoutCandidateGroup() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("P")
			.startEvent()
			.userTask("Task_Unrouted")
			.camundaFormRef("Form_A")
			.endEvent()
			.done();

		assertThat(ProcessModelConventions.check(List.of(bpmn("p.bpmn", model), form("a.form", "Form_A"))))
			.containsExactly(
					"p.bpmn: user task Task_Unrouted has no candidate group; expected camunda:candidateGroups");
	}

	@Test
	void reportsAUserTaskWithoutFormAndOneWhoseFormIsMissing() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("P")
			.startEvent()
			.userTask("Task_NoForm")
			.camundaCandidateGroups("moderators")
			.userTask("Task_LostForm")
			.camundaCandidateGroups("moderators")
			.camundaFormRef("Form_Gone")
			.endEvent()
			.done();

		assertThat(ProcessModelConventions.check(List.of(bpmn("p.bpmn", model)))).containsExactly(
				"p.bpmn: user task Task_NoForm has no form; expected camunda:formRef naming a Camunda Form",
				"p.bpmn: user task Task_LostForm references form 'Form_Gone', which no .form file in the folder defines");
	}

	@Test
	void reportsAFormWithoutId() {
		ModelFile form = new ModelFile("forms/x.form", new ByteArrayResource("{\"components\": []}".getBytes()));

		assertThat(ProcessModelConventions.check(List.of(form)))
			.containsExactly("forms/x.form: form has no \"id\"; expected the id that user tasks reference");
	}

	static List<ModelFile> processFolder() throws IOException {
		try (Stream<Path> paths = Files.walk(PROCESSES)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> ProcessModelDeployer.MODEL_EXTENSIONS.stream()
					.anyMatch(ext -> path.toString().endsWith("." + ext)))
				.map(path -> new ModelFile(PROCESSES.relativize(path).toString().replace('\\', '/'),
						new FileSystemResource(path)))
				.toList();
		}
	}

	private static ModelFile bpmn(String name, BpmnModelInstance model) {
		return new ModelFile(name, new ByteArrayResource(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)));
	}

	private static ModelFile form(String name, String id) {
		return new ModelFile(name, new ByteArrayResource(("{\"id\": \"" + id + "\", \"components\": []}").getBytes()));
	}

}
