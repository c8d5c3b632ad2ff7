package org.communityops.report;

import java.util.function.Function;

/**
 * The one place that says whether the holder of an item works for the agency or for the
 * client, for the time split of a report. A holder is a user id as the clock log records
 * it (the task's assignee), or null when nobody had claimed the item, which is
 * {@link Party#UNASSIGNED}. The application's implementation asks the engine's identity
 * service (client users are members of the group {@code client-<client>}); it is a port
 * so that the users and tenants of the application can answer it instead.
 */
public interface HolderParties {

	/**
	 * The party of each holder of one client's items; built once per report, so it may
	 * read its answers ahead.
	 */
	Function<String, Party> forClient(String client);

}
