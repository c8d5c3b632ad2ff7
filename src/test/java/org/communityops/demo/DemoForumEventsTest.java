package org.communityops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's recorded Discourse events for northwind, through the real intake and engine
 * on the default profile's forum settings: what a newcomer finds on the first start, and
 * nothing twice after a restart.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:demo-forum-events;DB_CLOSE_DELAY=-1",
				"communityops.demo.forum-events.enabled=true" })
class DemoForumEventsTest {

	@Autowired
	DemoForumEvents events;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void firstStartShowsForumWorkInEachStateAndARestartReplaysNothingTwice() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject(
					"select count(*) from intake_inbox where event_id like 'demo-northwind-%' and state = 'done'",
					Integer.class) == 6);

		Task flag = task("discourse-reviewable-7001");
		assertThat(flag.getTaskDefinitionKey()).isEqualTo("Task_Triage");
		assertThat(flag.getTenantId()).isEqualTo("northwind");
		assertThat(runtime.getVariable(flag.getProcessInstanceId(), "priority")).isEqualTo("high");
		assertThat(history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey("discourse-reviewable-7002")
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_HandledOnPlatform");
		assertThat(task("discourse-topic-801").getTaskDefinitionKey()).isEqualTo("Task_FirstResponse");
		assertThat(task("discourse-topic-802").getTaskDefinitionKey()).isEqualTo("Task_ResolveRequest");
		assertThat(clockStates(flag.getId())).as("the triage clock").containsExactly("RUNNING");

		events.replay();

		assertThat(jdbc.queryForObject("select count(*) from intake_inbox where event_id like 'demo-northwind-%'",
				Integer.class))
			.isEqualTo(6);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("discourse-%").count())
			.isEqualTo(3);
	}

	private Task task(String businessKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
	}

	private List<String> clockStates(String taskId) {
		return jdbc.queryForList("select state from sla_clock where task_id = ?", String.class, taskId);
	}

}
