package org.communityops.notification;

import java.util.List;

import org.communityops.identity.Caller;
import org.communityops.web.BadRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own choice of notification emails: read it, and replace it
 * whole. Everyone has one; nobody reaches another's.
 */
@RestController
@RequestMapping("/api/me/notification-preferences")
class PreferencesController {

	private final NotificationPreferences preferences;

	PreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	NotificationPreferences.Profile mine(@AuthenticationPrincipal Caller caller) {
		return preferences.of(caller);
	}

	/**
	 * @param choice {@code {"preferences": [{"client", "type", "choice"}, ...]}}; what is
	 * left out gets the default
	 */
	@PutMapping
	NotificationPreferences.Profile choose(@AuthenticationPrincipal Caller caller, @RequestBody Choices choice) {
		if (choice.preferences() == null) {
			throw new BadRequestException("preferences",
					"preferences is missing; expected a list of {client, type, choice}, empty for the defaults");
		}
		return preferences.choose(caller, choice.preferences());
	}

	record Choices(List<NotificationPreferences.Choice> preferences) {
	}

}
