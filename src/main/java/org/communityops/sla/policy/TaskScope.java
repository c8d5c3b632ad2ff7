package org.communityops.sla.policy;

import java.util.Optional;

/**
 * A task target: the clock runs from the user task's creation to its completion.
 *
 * @param taskId the user task's BPMN id, e.g. {@code Task_FirstResponse}
 * @param process when present, only tasks of this process (by BPMN process id) count
 */
public record TaskScope(String taskId, Optional<String> process) implements TargetScope {

	/**
	 * Whether a task of the given process definition key and task definition key is timed
	 * by this target.
	 */
	public boolean matches(String processId, String taskDefinitionKey) {
		return taskId.equals(taskDefinitionKey) && process.map(processId::equals).orElse(true);
	}

}
