package org.communityops.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the escalations that breaches started stand now. The process engine answers (in
 * {@code dashboard.engine}), as the caller: their authorizations apply.
 */
public interface Escalations {

	/**
	 * The escalations with these process instance ids; one the engine does not know, or
	 * does not show the caller, is absent.
	 */
	Map<String, Escalation> byInstanceId(Collection<String> instanceIds);

	/**
	 * @param state {@code open}, {@code suspended}, {@code resolved} or {@code cancelled}
	 * @param openTasks where an open escalation waits, oldest first
	 */
	record Escalation(String instanceId, String state, Instant startedAt, Instant endedAt, List<OpenTask> openTasks) {
	}

	/**
	 * @param assignee null while the task waits for its candidate group
	 */
	record OpenTask(String name, String assignee) {
	}

}
