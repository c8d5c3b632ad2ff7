package org.communityops.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification, by the type name receivers see and the name people choose
 * them by in their profile.
 */
public enum NoticeType {

	WARNING("sla.warning", "Warnings before a breach"), BREACHED("sla.breached", "Breaches"),
	ESCALATION_STARTED("escalation.started", "Escalations started"),
	ESCALATION_UNACKNOWLEDGED("escalation.unacknowledged", "Escalations not acknowledged"),
	MET_AFTER_WARNING("sla.met-after-warning", "Met after a warning");

	private final String type;

	private final String label;

	NoticeType(String type, String label) {
		this.type = type;
		this.label = label;
	}

	public String type() {
		return type;
	}

	/** What people read in their profile, e.g. "Breaches". */
	public String label() {
		return label;
	}

	/** The type named {@code type}, e.g. {@code sla.breached}. */
	public static Optional<NoticeType> named(String type) {
		return Arrays.stream(values()).filter(value -> value.type.equals(type)).findFirst();
	}

	/** The type of a notification this application wrote. */
	static NoticeType of(String type) {
		return named(type).orElseThrow(() -> new IllegalArgumentException("No notification type '" + type + "'"));
	}

}
