package org.communityops.intake;

/**
 * Hands events recorded from a client's forum to the intake as if the forum had just
 * delivered them, signature already checked: they are kept in the same inbox and acted on
 * the same way as a webhook's (the demo replays a few this way).
 */
public interface ForumEventReplay {

	/**
	 * @return false when an event with this id was accepted before (nothing is kept)
	 * @throws IllegalArgumentException when the client has no forum on that platform, or
	 * the event is not one the intake acts on
	 */
	boolean replay(RecordedEvent event);

	/**
	 * One delivery as the forum sent it.
	 *
	 * @param platform e.g. {@code discourse}
	 * @param client the client's slug
	 * @param id the forum's event id (a redelivery repeats it)
	 * @param type the payload's type, e.g. {@code reviewable}
	 * @param name the event, e.g. {@code reviewable_created}
	 * @param body the JSON body, byte for byte as delivered
	 */
	record RecordedEvent(String platform, String client, String id, String type, String name, String body) {
	}

}
