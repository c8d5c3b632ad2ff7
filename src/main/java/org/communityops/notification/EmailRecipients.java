package org.communityops.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.communityops.identity.People;
import org.communityops.identity.People.Person;
import org.springframework.stereotype.Component;

/**
 * Who gets a notification by email: the members of its client with an address whose
 * choice for its type (or else the default) takes in the item. Membership is read when
 * the email is written, so a person who has left a client gets nothing of it, whatever
 * they once chose; a client's user is a member of their own client only.
 */
@Component
class EmailRecipients {

	private final People people;

	private final EmailPreferences preferences;

	EmailRecipients(People people, EmailPreferences preferences) {
		this.people = people;
		this.preferences = preferences;
	}

	/**
	 * @param holder the item's assignee, who gets what they chose as "mine"; null while
	 * unclaimed
	 */
	List<Person> of(NoticeType type, String client, String holder) {
		Set<String> managers = people.accountManagersOf(client).stream().map(Person::id).collect(Collectors.toSet());
		Map<String, EmailChoice> chosen = preferences.ofClient(client, type);
		return people.membersOf(client)
			.stream()
			.filter(person -> person.email() != null)
			.filter(person -> chosen
				.getOrDefault(person.id(), EmailChoice.byDefault(type, managers.contains(person.id())))
				.reaches(person.id(), holder))
			.toList();
	}

}
