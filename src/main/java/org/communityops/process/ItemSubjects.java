package org.communityops.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an item is about, by the process variables that say so in the models: a content
 * item's {@code title}, a member request's {@code subject}; the title wins where an
 * instance has both.
 */
public final class ItemSubjects {

	/** The variables that name an item, in order of precedence. */
	public static final List<String> VARIABLES = List.of("title", "subject");

	private ItemSubjects() {
	}

	/** The subject among one instance's variables (by name), if any is set. */
	public static Optional<String> of(Map<String, ?> variables) {
		return VARIABLES.stream().map(variables::get).filter(value -> value != null).map(Object::toString).findFirst();
	}

}
