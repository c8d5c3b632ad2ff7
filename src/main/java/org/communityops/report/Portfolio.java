package org.communityops.report;

import java.security.Principal;
import java.util.List;

/**
 * The clients whose reports make up a caller's portfolio (an account manager's clients).
 * The application's default answers every client with a policy in force; the users and
 * tenants of the application may answer it instead.
 */
public interface Portfolio {

	/**
	 * The client slugs of the caller's portfolio, alphabetically; {@code caller} is null
	 * without authentication.
	 */
	List<String> clientsOf(Principal caller);

}
