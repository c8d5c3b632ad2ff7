package org.communityops.identity;

import java.util.List;
import java.util.Optional;

/**
 * The people behind the accounts, as notifications address them: whoever holds an item, a
 * client's account managers, and everyone else of a client who chose its notifications.
 * Only people who are members of the client (its tenant, directly or through a group) are
 * ever named, so a client's user is never told of another client. Implemented on the
 * engine's identity service.
 */
public interface People {

	/** The user, when they are a member of the client. */
	Optional<Person> memberOf(String client, String userId);

	/** The person with the account, whatever their clients. */
	Optional<Person> named(String userId);

	/** Everyone who is a member of the client, directly or through a group, by id. */
	List<Person> membersOf(String client);

	/** The account managers and agency leads who are members of the client. */
	List<Person> accountManagersOf(String client);

	/**
	 * @param email null when the account has none
	 */
	record Person(String id, String name, String email) {
	}

}
