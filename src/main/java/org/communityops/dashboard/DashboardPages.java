package org.communityops.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * What every dashboard page's template ({@code templates/pages}, frame in
 * {@code layout.html}) is given: the page's title, its scripts from
 * {@code static/dashboard} (each after {@code common.js}), and who is signed in.
 */
final class DashboardPages {

	private DashboardPages() {
	}

	/**
	 * @return the template's name, for the controller to return
	 */
	static String page(Model model, String template, String title, Caller caller, List<String> scripts) {
		model.addAttribute("title", title);
		model.addAttribute("scripts", scripts);
		model.addAttribute("caller", caller);
		model.addAttribute("roles",
				caller.roles()
					.stream()
					.map(role -> role.name().toLowerCase().replace('_', ' '))
					.sorted()
					.collect(Collectors.joining(", ")));
		model.addAttribute("clients", caller.clients().isEmpty() ? "none" : String.join(", ", caller.clients()));
		return "pages/" + template;
	}

	/**
	 * The page saying the caller may not see what they asked for, with its status: 404
	 * reads like a page that is not there, 403 says the role has no such view.
	 */
	static String refused(Model model, Caller caller, HttpServletResponse response, HttpStatus status, String message) {
		response.setStatus(status.value());
		model.addAttribute("message", message);
		model.addAttribute("status", status.value());
		return page(model, "refused", status.getReasonPhrase(), caller, List.of());
	}

}
