package org.communityops.intake;

import java.util.Map;

/**
 * An item of work a platform event asks for.
 *
 * @param process the process definition key (e.g. {@code MemberSupportProcess})
 * @param message the name of the process's start message to start it by, or null for its
 * start event
 * @param businessKey the item's key, which names the platform's item (e.g.
 * {@code discourse-reviewable-1401})
 * @param variables the start variables, {@code client} among them
 */
public record NewWorkItem(String process, String message, String businessKey, Map<String, Object> variables) {

	public NewWorkItem {
		variables = Map.copyOf(variables);
	}

}
