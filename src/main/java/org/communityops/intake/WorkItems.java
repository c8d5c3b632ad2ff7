package org.communityops.intake;

import java.util.Map;

/**
 * What intake asks of the agency's processes, in words of the work, not of an engine:
 * start an item, hand it a message it may be waiting for, complete the task it is at, set
 * its variables. Items are found by client and business key, so a platform's own ids (a
 * reviewable, a topic) are all intake has to remember.
 */
public interface WorkItems {

	/**
	 * Starts the item: by its process's start message when {@link NewWorkItem#message()}
	 * names one, else at the process's start event.
	 */
	void start(NewWorkItem item);

	/**
	 * Delivers a message to the client's item, if it waits for one of that name.
	 * @return false when the item does not exist or does not wait for it (nothing
	 * changes)
	 */
	boolean deliver(String client, String businessKey, String message, Map<String, Object> variables);

	/**
	 * Completes the item's open task of that definition, as its assignee would.
	 * @return false when the item has no such open task
	 */
	boolean completeTask(String client, String businessKey, String taskKey, Map<String, Object> variables);

	/**
	 * @return the item's process variable, null when the item or the variable is not
	 * there
	 */
	Object variable(String client, String businessKey, String name);

	/**
	 * Sets the item's process variables (e.g. a raised {@code priority}, which moves its
	 * clocks).
	 * @return false when the item is not running
	 */
	boolean update(String client, String businessKey, Map<String, Object> variables);

}
