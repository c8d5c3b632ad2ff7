package org.communityops.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.communityops.identity.ClientAccess;
import org.communityops.sla.clock.ClockStatus;
import org.communityops.sla.policy.PolicyRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The SLA clocks of the clients the caller sees as a page
 * ({@code templates/pages/clocks.html}): a filter by client, state and target, and the
 * list {@code static/dashboard/clocks.js} fetches from {@code /api/sla/clocks} with the
 * same filter every few seconds, soonest due first, each clock's times in its client's
 * zone. A client the caller does not see is the same 404 page as a client that does not
 * exist; a bad filter is the API's problem, shown on the page.
 */
@Controller
class ClockPages {

	static final int PAGE_SIZE = 50;

	private final PolicyRegistry policies;

	private final ClientAccess access;

	ClockPages(PolicyRegistry policies, ClientAccess access) {
		this.policies = policies;
		this.access = access;
	}

	@GetMapping(path = "/clocks", produces = MediaType.TEXT_HTML_VALUE)
	String clocks(@RequestParam(required = false) String client, @RequestParam(required = false) String state,
			@RequestParam(required = false) String target, @RequestParam(required = false) String page,
			@AuthenticationPrincipal Caller caller, Model model, HttpServletResponse response) {
		List<ClientChoice> clients = access.visibleClients()
			.of(policies.clients())
			.stream()
			.map(id -> new ClientChoice(id, policies.zoneOf(id).orElseThrow().getId()))
			.toList();
		if (present(client) && clients.stream().noneMatch(choice -> choice.id().equals(client))) {
			return DashboardPages.refused(model, caller, response, HttpStatus.NOT_FOUND, "No client '" + client + "'");
		}
		model.addAttribute("choices", clients);
		model.addAttribute("states", Arrays.stream(ClockStatus.values()).map(ClockStatus::key).toList());
		model.addAttribute("client", client);
		model.addAttribute("state", state);
		model.addAttribute("target", target);
		model.addAttribute("query",
				UriComponentsBuilder.newInstance()
					.queryParamIfPresent("client", given(client))
					.queryParamIfPresent("state", given(state))
					.queryParamIfPresent("target", given(target))
					.queryParamIfPresent("page", given(page))
					.queryParam("size", PAGE_SIZE)
					.encode()
					.build()
					.toUriString());
		return DashboardPages.page(model, "clocks", "SLA clocks", caller, List.of("clocks"));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static Optional<String> given(String value) {
		return present(value) ? Optional.of(value.trim()) : Optional.empty();
	}

	/** A client of the filter, with the zone its clocks' times are shown in. */
	record ClientChoice(String id, String zone) {
	}

}
