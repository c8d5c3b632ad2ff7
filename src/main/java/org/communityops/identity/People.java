package org.communityops.identity;

import java.util.List;
import java.util.Optional;

/**
 * The people behind the accounts, as notifications address them: whoever holds an item,
 * and a client's account managers. Only people who are members of the client (its tenant,
 * directly or through a group) are ever named, so a client's user is never told of
 * another client. Implemented on the engine's identity service.
 */
public interface People {

	/** The user, when they are a member of the client. */
	Optional<Person> memberOf(String client, String userId);

	/** The account managers and agency leads who are members of the client. */
	List<Person> accountManagersOf(String client);

	/**
	 * @param email null when the account has none
	 */
	record Person(String id, String name, String email) {
	}

}
