package org.communityops.sla.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine configuration's lists of custom parts, which stay null until a plugin adds
 * the first one.
 */
final class EngineLists {

	private EngineLists() {
	}

	/** The list as configured, or a new empty one set in its place. */
	static <T> List<T> of(List<T> configured, Consumer<List<T>> setter) {
		if (configured != null) {
			return configured;
		}
		List<T> created = new ArrayList<>();
		setter.accept(created);
		return created;
	}

}
