package org.communityops.dashboard.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityops.dashboard.Approvals;
import org.communityops.identity.Caller;
import org.communityops.identity.Groups;
import org.communityops.identity.Role;
import org.communityops.process.ItemSubjects;
import org.springframework.stereotype.Component;

/**
 * A client user's open approvals: the active tasks whose candidate group is their
 * client's ({@code client-<client>}), claimed or not. The subject is the instance's
 * {@code title} (content) or {@code subject} (a member request), whichever it has, read
 * per task (at most {@value #LIMIT} small reads): client users may read their tasks and
 * so the tasks' variables, but hold no grant on instances or history, so the single
 * history query of {@link EngineSubjects} would show them none.
 */
@Component
class EngineApprovals implements Approvals {

	static final int LIMIT = 200;

	private final TaskService tasks;

	EngineApprovals(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<Approval> openFor(Caller caller, Instant now) {
		if (!caller.is(Role.CLIENT_USER) || caller.clients().isEmpty()) {
			return List.of();
		}
		List<String> groups = caller.clients().stream().map(Groups::ofClient).toList();
		return tasks.createTaskQuery()
			.taskCandidateGroupIn(groups)
			.includeAssignedTasks()
			.active()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, LIMIT)
			.stream()
			.map(task -> approval(task, now))
			.sorted(Comparator.comparing(Approval::due, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private Approval approval(Task task, Instant now) {
		String subject = ItemSubjects.of(tasks.getVariables(task.getId(), ItemSubjects.VARIABLES)).orElse(null);
		Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
		return new Approval(task.getId(), task.getName(), task.getTenantId(), subject, task.getCreateTime().toInstant(),
				due, due == null ? null : Duration.between(now, due), task.getAssignee());
	}

}
