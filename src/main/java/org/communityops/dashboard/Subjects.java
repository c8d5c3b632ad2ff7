package org.communityops.dashboard;

import java.util.Collection;
import java.util.Map;

/**
 * What items are about, so that people recognise them: a content item's title, a member
 * request's subject. Read from the process engine (in {@code dashboard.engine}) as the
 * caller, for running and ended items alike.
 */
public interface Subjects {

	/**
	 * The subjects of these process instances; one without a title or subject, or hidden
	 * from the caller, is absent.
	 */
	Map<String, String> byInstanceId(Collection<String> instanceIds);

}
