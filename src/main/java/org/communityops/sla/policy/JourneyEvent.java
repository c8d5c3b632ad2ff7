package org.communityops.sla.policy;

import java.util.Optional;

/**
 * Where a journey's clock starts or stops: {@code on: start} (the process starts),
 * {@code on: end} (the process ends) or {@code on: <element id>} (that activity or event
 * is reached).
 */
public record JourneyEvent(Kind kind, Optional<String> elementId) {

	public enum Kind {

		PROCESS_START, PROCESS_END, ELEMENT_REACHED

	}

	public static final JourneyEvent PROCESS_START = new JourneyEvent(Kind.PROCESS_START, Optional.empty());

	public static final JourneyEvent PROCESS_END = new JourneyEvent(Kind.PROCESS_END, Optional.empty());

	public JourneyEvent {
		if ((kind == Kind.ELEMENT_REACHED) != elementId.isPresent()) {
			throw new IllegalArgumentException("An element id goes with ELEMENT_REACHED only");
		}
	}

	public static JourneyEvent reached(String elementId) {
		return new JourneyEvent(Kind.ELEMENT_REACHED, Optional.of(elementId));
	}

	/**
	 * The event written as the value of {@code on:}: {@code start}, {@code end} or an
	 * element id.
	 */
	static JourneyEvent fromKey(String on) {
		return switch (on) {
			case "start" -> PROCESS_START;
			case "end" -> PROCESS_END;
			default -> reached(on);
		};
	}

	@Override
	public String toString() {
		return switch (kind) {
			case PROCESS_START -> "start";
			case PROCESS_END -> "end";
			case ELEMENT_REACHED -> elementId.orElseThrow();
		};
	}

}
