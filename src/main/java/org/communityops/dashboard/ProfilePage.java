package org.communityops.dashboard;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.communityops.notification.EmailChoice;
import org.communityops.notification.NotificationPreferences;
import org.communityops.notification.NotificationPreferences.ClientChoices;
import org.communityops.notification.NotificationPreferences.Profile;
import org.communityops.notification.NotificationPreferences.TypeChoice;
import org.communityops.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's profile ({@code templates/pages/profile.html}): who they are,
 * where their emails go, and for each of their clients which notifications they get by
 * email. The form sends a choice per client and type ({@code <client>:<type>}); those
 * that differ from the default are kept. A refused form is shown again as it was sent.
 */
@Controller
class ProfilePage {

	private static final String SEPARATOR = ":";

	private final NotificationPreferences preferences;

	ProfilePage(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping(path = "/profile", produces = MediaType.TEXT_HTML_VALUE)
	String profile(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String saved, Model model) {
		model.addAttribute("saved", saved != null);
		return page(model, caller, preferences.of(caller), null);
	}

	@PostMapping(path = "/profile", produces = MediaType.TEXT_HTML_VALUE)
	String choose(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		Profile now = preferences.of(caller);
		List<NotificationPreferences.Choice> choices = new ArrayList<>();
		for (ClientChoices client : now.clients()) {
			for (TypeChoice type : client.types()) {
				String sent = form.getFirst(client.client() + SEPARATOR + type.type());
				if (sent != null && !sent.equals(type.byDefault())) {
					choices.add(new NotificationPreferences.Choice(client.client(), type.type(), sent));
				}
			}
		}
		try {
			preferences.choose(caller, choices);
			return "redirect:/profile?saved";
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("saved", false);
			return page(model, caller, asSent(now, form), ex.getMessage());
		}
	}

	private static String page(Model model, Caller caller, Profile profile, String error) {
		model.addAttribute("profile", profile);
		model.addAttribute("choices", List.of(EmailChoice.values()).stream().map(EmailChoice::key).toList());
		model.addAttribute("error", error);
		return DashboardPages.page(model, "profile", "Your profile", caller, List.of());
	}

	/** The profile with the choices as the form sent them, so nothing entered is lost. */
	private static Profile asSent(Profile profile, MultiValueMap<String, String> form) {
		return new Profile(profile.person(), profile.email(),
				profile.clients()
					.stream()
					.map(client -> new ClientChoices(client.client(), client.types()
						.stream()
						.map(type -> new TypeChoice(type.type(), type.label(),
								form.getOrDefault(client.client() + SEPARATOR + type.type(), List.of(type.choice()))
									.get(0),
								type.chosen(), type.byDefault()))
						.toList()))
					.toList());
	}

}
