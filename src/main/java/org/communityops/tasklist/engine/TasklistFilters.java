package org.communityops.tasklist.engine;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters that do not exist yet (matched by name, so a filter
 * an administrator edited is left alone). The queues hold the SLA-timed tasks, those with
 * a due date, which the SLA clocks set to the SLA due time, sorted by it so the most
 * urgent work is on top on every database (H2 would list tasks without one first,
 * PostgreSQL last); tasks no target times are in a queue of their own. The Tasklist
 * itself sorts by what its address says, which
 * {@code app/tasklist/communityops/sla-order.js} makes the due date. The filters need
 * nothing but the engine, so a start-up runner makes them in no particular order to the
 * other work.
 */
@Component
class TasklistFilters implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

	private static final List<Map<String, String>> COLUMNS = List.of(column("client", "Client"),
			column("priority", "Priority"), column("title", "Title"), column("subject", "Subject"));

	/** Before any due date: {@code dueAfter} it keeps exactly the tasks that have one. */
	private static final Date EVER = new Date(0);

	private final FilterService filterService;

	private final TaskService taskService;

	TasklistFilters(FilterService filterService, TaskService taskService) {
		this.filterService = filterService;
		this.taskService = taskService;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("My tasks", "Tasks assigned to me, most urgent first", -10,
				timed().taskAssigneeExpression("${currentUser()}"));
		create("My group tasks", "Unclaimed tasks offered to my groups, most urgent first", -5,
				timed().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
		create("Overdue", "Open tasks past their SLA due time", 0, timed().dueBeforeExpression("${now()}"));
		create("All open tasks", "Every SLA-timed open task I may see, most urgent first", 5, timed());
		create("Not timed", "Open tasks no SLA target times, oldest first", 10, query().withoutDueDate());
	}

	private TaskQuery query() {
		return taskService.createTaskQuery().active();
	}

	/** Tasks with a due date: every task a clock times has one. */
	private TaskQuery timed() {
		return query().dueAfter(EVER);
	}

	private void create(String name, String description, int priority, TaskQuery query) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		query.orderByDueDate().asc().orderByTaskCreateTime().asc();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("variables", COLUMNS);
		Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
		filterService.saveFilter(filter);
		log.info("Created Tasklist filter '{}'", name);
	}

	private static Map<String, String> column(String name, String label) {
		return Map.of("name", name, "label", label);
	}

}
