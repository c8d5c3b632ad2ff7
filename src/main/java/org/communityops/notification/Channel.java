package org.communityops.notification;

/**
 * Where notifications go: a webhook, or email. The outbox keeps each channel's
 * notifications under its name, and the deliveries send them one by one.
 */
interface Channel {

	String name();

	/**
	 * Sends one notification as written to the outbox.
	 * @return the receiver's status: 2xx when it took the notification
	 * @throws Exception when it could not be sent; the attempt counts as failed
	 */
	int send(String id, String body) throws Exception;

}
