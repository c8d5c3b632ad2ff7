package org.communityops.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A process folder with the five processes, a model the engine cannot parse and one that
 * does not say how long to keep its history: the application starts, deploys every model
 * but the broken one (the other without a history time to live gets the configured
 * default), and reports the broken one in health with its file and line.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:process-folder-problems;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class ProcessFolderProblemsTest {

	private static final Path FOLDER = Path.of("target", "process-folder-problems");

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RejectedModels rejected;

	@DynamicPropertySource
	static void processFolder(DynamicPropertyRegistry properties) {
		try {
			Files.createDirectories(FOLDER.resolve("forms"));
			try (Stream<Path> files = Stream.concat(Files.walk(Path.of("processes")),
					Files.list(Path.of("src/test/resources/process-folder")))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path relative = file.startsWith("processes") ? Path.of("processes").relativize(file)
							: file.getFileName();
					Files.copy(file, FOLDER.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		properties.add("communityops.processes.location", () -> "file:" + FOLDER + "/");
	}

	@Test
	void deploysEveryModelButTheBrokenOneAndGivesAModelWithoutHistoryTimeToLiveTheDefault() {
		assertThat(latest("BrokenProcess")).as("the broken model").isNull();
		assertThat(latest("MemberSupportProcess")).as("the other models").isNotNull();
		assertThat(latest("EscalationProcess")).isNotNull();
		ProcessDefinition withoutTtl = latest("WithoutHistoryTimeToLiveProcess");
		assertThat(withoutTtl).as("the model without a history time to live").isNotNull();
		assertThat(withoutTtl.getHistoryTimeToLive()).isEqualTo(400);
	}

	@Test
	void reportsTheBrokenModelWithItsFileAndLine() {
		assertThat(rejected.health().getStatus()).isEqualTo(RejectedModels.DEGRADED);
		assertThat(rejected.errors()).as("the errors reported")
			.allMatch(error -> error.startsWith("broken.bpmn:"))
			.anyMatch(error -> error.startsWith("broken.bpmn:6:")
					&& error.contains("Invalid destination 'Task_Missing' of sequence flow 'Flow_Nowhere'"));
	}

	private ProcessDefinition latest(String key) {
		return repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult();
	}

}
