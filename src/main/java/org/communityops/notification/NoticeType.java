package org.communityops.notification;

/** The kinds of notification, by the type name receivers see. */
public enum NoticeType {

	WARNING("sla.warning"), BREACHED("sla.breached"), ESCALATION_STARTED("escalation.started"),
	ESCALATION_UNACKNOWLEDGED("escalation.unacknowledged"), MET_AFTER_WARNING("sla.met-after-warning");

	private final String type;

	NoticeType(String type) {
		this.type = type;
	}

	public String type() {
		return type;
	}

}
