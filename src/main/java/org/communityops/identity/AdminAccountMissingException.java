package org.communityops.identity;

/** The profile requires an administrator account and the named property is not set. */
public class AdminAccountMissingException extends RuntimeException {

	private final String property;

	public AdminAccountMissingException(String property) {
		super("No administrator account configured: " + property + " is not set");
		this.property = property;
	}

	public String property() {
		return property;
	}

}
