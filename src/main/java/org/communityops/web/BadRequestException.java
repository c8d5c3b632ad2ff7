package org.communityops.web;

/**
 * A request that cannot be served as sent; the message tells the user what to send
 * instead.
 */
public class BadRequestException extends RuntimeException {

	private final String field;

	public BadRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request field at fault, or {@code null} when the request as a whole is. */
	public String field() {
		return field;
	}

}
