package org.communityops.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a client's notifications of one type a person gets by email: those of the
 * items they hold, all of the client's, or none.
 */
public enum EmailChoice {

	MINE, ALL, NONE;

	/**
	 * The name in the API and the profile form: {@code mine}, {@code all}, {@code none}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<EmailChoice> named(String key) {
		return Arrays.stream(values()).filter(choice -> choice.key().equals(key)).findFirst();
	}

	/**
	 * What a person gets who has not chosen: the holder the warnings and the all-clear of
	 * their items, account managers (and agency leads) every breach and escalation of
	 * their clients, nobody else anything.
	 */
	static EmailChoice byDefault(NoticeType type, boolean accountManager) {
		return switch (type) {
			case WARNING, MET_AFTER_WARNING -> MINE;
			case BREACHED, ESCALATION_STARTED, ESCALATION_UNACKNOWLEDGED -> accountManager ? ALL : NONE;
		};
	}

	/** Whether a notification about an item held by {@code holder} reaches the person. */
	boolean reaches(String person, String holder) {
		return this == ALL || this == MINE && person.equals(holder);
	}

}
