package org.communityops.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.communityops.identity.Caller;
import org.communityops.identity.People;
import org.communityops.identity.People.Person;
import org.communityops.identity.Role;
import org.communityops.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's choice of notification emails, for each of their clients and each type, as
 * their profile shows and changes it. Only their own clients can be chosen; a choice is
 * checked whole before any of it is kept, so a wrong one changes nothing.
 */
@Service
public class NotificationPreferences {

	private final EmailPreferences preferences;

	private final People people;

	private final Clock clock;

	NotificationPreferences(EmailPreferences preferences, People people, Clock clock) {
		this.preferences = preferences;
		this.people = people;
		this.clock = clock;
	}

	/** What the caller gets by email, client by client, chosen or by default. */
	public Profile of(Caller caller) {
		Map<String, EmailPreferences.Chosen> chosen = preferences.of(caller.userId())
			.stream()
			.collect(Collectors.toMap(choice -> choice.client() + " " + choice.type().type(), Function.identity()));
		boolean manager = caller.is(Role.ACCOUNT_MANAGER);
		List<ClientChoices> clients = caller.clients().stream().sorted().map(client -> {
			List<TypeChoice> types = Arrays.stream(NoticeType.values()).map(type -> {
				EmailChoice byDefault = EmailChoice.byDefault(type, manager);
				EmailPreferences.Chosen made = chosen.get(client + " " + type.type());
				return new TypeChoice(type.type(), type.label(), (made == null ? byDefault : made.choice()).key(),
						made != null, byDefault.key());
			}).toList();
			return new ClientChoices(client, types);
		}).toList();
		String email = people.named(caller.userId()).map(Person::email).orElse(null);
		return new Profile(caller.userId(), email, clients);
	}

	/**
	 * Keeps {@code choices} as the caller's whole choice: a client and type left out gets
	 * the default again.
	 * @throws BadRequestException naming the first wrong field, e.g.
	 * {@code preferences[2].client}; nothing is changed then
	 */
	@Transactional
	public Profile choose(Caller caller, List<Choice> choices) {
		List<EmailPreferences.Chosen> valid = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < choices.size(); i++) {
			Choice choice = choices.get(i);
			String field = "preferences[" + i + "]";
			if (choice == null) {
				throw new BadRequestException(field, field + " is empty; expected {client, type, choice}");
			}
			if (choice.client() == null || !caller.clients().contains(choice.client())) {
				throw new BadRequestException(field + ".client", "'" + choice.client()
						+ "' is none of your clients; expected one of " + String.join(", ", caller.clients()));
			}
			NoticeType type = NoticeType.named(choice.type())
				.orElseThrow(() -> new BadRequestException(field + ".type", "Unknown type '" + choice.type()
						+ "'; expected one of " + keys(NoticeType.values(), NoticeType::type)));
			EmailChoice made = EmailChoice.named(choice.choice())
				.orElseThrow(() -> new BadRequestException(field + ".choice", "Unknown choice '" + choice.choice()
						+ "'; expected one of " + keys(EmailChoice.values(), EmailChoice::key)));
			if (!seen.add(choice.client() + " " + type.type())) {
				throw new BadRequestException(field, type.type() + " of " + choice.client() + " is chosen twice");
			}
			valid.add(new EmailPreferences.Chosen(choice.client(), type, made));
		}
		preferences.replace(caller.userId(), valid, clock.instant());
		return of(caller);
	}

	private static <T> String keys(T[] values, Function<T, String> key) {
		return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
	}

	/**
	 * @param email where the emails go; null when the account has no address, and then
	 * none is sent
	 */
	public record Profile(String person, String email, List<ClientChoices> clients) {
	}

	public record ClientChoices(String client, List<TypeChoice> types) {
	}

	/**
	 * @param chosen whether the person chose it, else it is the default
	 * @param byDefault what they would get without a choice
	 */
	public record TypeChoice(String type, String label, String choice, boolean chosen, String byDefault) {
	}

	/**
	 * One choice as a person sends it, e.g. {@code hooli}, {@code sla.breached},
	 * {@code none}.
	 */
	public record Choice(String client, String type, String choice) {
	}

}
