package org.communityops.sla.policy;

/**
 * Thrown by the value syntaxes with the message to report: what is wrong, what is
 * expected.
 */
final class BadValue extends RuntimeException {

	BadValue(String message) {
		super(message, null, false, false);
	}

}
