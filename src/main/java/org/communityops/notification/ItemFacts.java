package org.communityops.notification;

/**
 * What the workflow knows of an item that a notification names: its business key and
 * subject. Implemented on the engine ({@code notification.engine}).
 */
public interface ItemFacts {

	Facts of(String processInstanceId);

	/** Either may be null: an item without a business key or a subject. */
	record Facts(String businessKey, String subject) {

		public static final Facts NONE = new Facts(null, null);

	}

}
