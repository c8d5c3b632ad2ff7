package org.communityops.web;

/**
 * The caller is known but their role does not allow the request; the message says what is
 * needed.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
