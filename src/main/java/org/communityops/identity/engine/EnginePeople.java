package org.communityops.identity.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.communityops.identity.Groups;
import org.communityops.identity.People;
import org.springframework.stereotype.Component;

/**
 * People from the engine's identity service, looked up unchecked (a notification may be
 * written while a user's request runs, whose authorizations must not hide colleagues).
 */
@Component
class EnginePeople implements People {

	private final IdentityService identity;

	private final EngineAuthentication authentication;

	EnginePeople(IdentityService identity, EngineAuthentication authentication) {
		this.identity = identity;
		this.authentication = authentication;
	}

	@Override
	public Optional<Person> memberOf(String client, String userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return authentication
			.unchecked(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
				.filter(user -> isMember(user.getId(), client))
				.map(EnginePeople::person));
	}

	@Override
	public Optional<Person> named(String userId) {
		return authentication
			.unchecked(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
				.map(EnginePeople::person));
	}

	@Override
	public List<Person> membersOf(String client) {
		return authentication.unchecked(() -> Stream
			.concat(identity.createUserQuery().memberOfTenant(client).list().stream(),
					identity.createGroupQuery()
						.memberOfTenant(client)
						.list()
						.stream()
						.flatMap(group -> identity.createUserQuery().memberOfGroup(group.getId()).list().stream()))
			.map(EnginePeople::person)
			.distinct()
			.sorted(Comparator.comparing(Person::id))
			.toList());
	}

	@Override
	public List<Person> accountManagersOf(String client) {
		return authentication.unchecked(() -> Stream.of(Groups.ACCOUNT_MANAGERS, Groups.AGENCY_LEADS)
			.flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
			.filter(user -> isMember(user.getId(), client))
			.map(EnginePeople::person)
			.distinct()
			.sorted(Comparator.comparing(Person::id))
			.toList());
	}

	private boolean isMember(String userId, String client) {
		return identity.createTenantQuery().tenantId(client).userMember(userId).includingGroupsOfUser(true).count() > 0;
	}

	private static Person person(User user) {
		String name = Stream.of(user.getFirstName(), user.getLastName())
			.filter(part -> part != null && !part.isBlank())
			.reduce((first, last) -> first + " " + last)
			.orElse(user.getId());
		return new Person(user.getId(), name,
				user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail());
	}

}
