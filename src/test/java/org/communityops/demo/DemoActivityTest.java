package org.communityops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityops.sla.clock.OpenClockCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo activity on the real engine; its schedule is set far off, so the test runs its steps itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:demo-activity;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "communityops.demo.activity.enabled=true",
				"communityops.demo.activity.interval=1h" })
class DemoActivityTest {

	@Autowired
	DemoActivity activity;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	OpenClockCounts openClocks;

	@Test
	void requestsArriveForEachClientInTurnAndEveryOtherStepTriagesTheOldest() {
		long openBefore = openClocks.all().stream().mapToLong(OpenClockCounts.Count::clocks).sum();

		for (int i = 0; i < 4; i++) {
			activity.step();
		}

		List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKeyLike(DemoActivity.BUSINESS_KEY_PREFIX + "%")
			.list();
		assertThat(started).extracting(ProcessInstance::getTenantId)
			.containsExactlyInAnyOrder("northwind", "globex", "initech", "northwind");
		assertThat(taskService.createTaskQuery()
			.processInstanceBusinessKeyLike(DemoActivity.BUSINESS_KEY_PREFIX + "%")
			.taskDefinitionKey("Task_Triage")
			.count()).isEqualTo(2);
		assertThat(taskService.createTaskQuery()
			.processInstanceBusinessKeyLike(DemoActivity.BUSINESS_KEY_PREFIX + "%")
			.taskDefinitionKey("Task_FirstResponse")
			.count()).isEqualTo(2);
		assertThat(openClocks.all().stream().mapToLong(OpenClockCounts.Count::clocks).sum()).isGreaterThan(openBefore);
	}

}
