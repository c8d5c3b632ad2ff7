package org.communityops.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.communityops.identity.ClientAccess;
import org.communityops.identity.VisibleClients;
import org.communityops.report.PolicyComments;
import org.communityops.sla.policy.PolicyProblem;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.communityops.sla.policy.SlaTarget;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The SLA policies as pages ({@code templates/pages/policies.html} and
 * {@code policy.html}), for everyone who sees a client: the version in force of each, and
 * one client's history with the text of every version and what changed from the one
 * before. Client users read the text without the agency's YAML comments, as in the
 * client's edition of the report. Another client's policy is the same 404 page as a
 * client that does not exist.
 */
@Controller
class PolicyPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final PolicyRegistry registry;

	private final ClientAccess access;

	PolicyPages(PolicyRegistry registry, ClientAccess access) {
		this.registry = registry;
		this.access = access;
	}

	@GetMapping(path = "/policies", produces = MediaType.TEXT_HTML_VALUE)
	String policies(@AuthenticationPrincipal Caller caller, Model model) {
		VisibleClients visible = access.visibleClients();
		List<InForce> policies = visible.of(registry.clients())
			.stream()
			.map(client -> InForce.of(registry.current(client).orElseThrow(), registry.problemsOf(client).size()))
			.toList();
		List<PolicyProblem> problems = visible.all() ? registry.problems()
				: visible.sorted().stream().flatMap(client -> registry.problemsOf(client).stream()).toList();
		model.addAttribute("policies", policies);
		model.addAttribute("problems", problems.stream().map(PolicyProblem::toString).toList());
		return DashboardPages.page(model, "policies", "SLA policies", caller, List.of());
	}

	@GetMapping(path = "/policies/{client}", produces = MediaType.TEXT_HTML_VALUE)
	String policy(@PathVariable String client, @AuthenticationPrincipal Caller caller, Model model,
			HttpServletResponse response) {
		List<PolicyVersion> history = registry.history(client);
		if (!access.visibleClients().contains(client) || history.isEmpty()) {
			return DashboardPages.refused(model, caller, response, HttpStatus.NOT_FOUND,
					"No SLA policy for client '" + client + "'");
		}
		PolicyVersion newest = history.get(history.size() - 1);
		ZoneId zone = newest.policy().calendar().zone();
		boolean withComments = !caller.isClientSide();
		List<VersionText> versions = new ArrayList<>();
		String before = null;
		for (PolicyVersion version : history) {
			String text = withComments ? version.content() : PolicyComments.strip(version.content());
			versions.add(0,
					new VersionText(version.version(), version.file(), version.effective(),
							WHEN.format(version.loadedAt().atZone(zone)), version.contentSha256(), text,
							before == null ? List.of() : PolicyDiff.between(before, text), before != null));
			before = text;
		}
		model.addAttribute("client", client);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("current", registry.current(client).map(v -> InForce.of(v, 0)).orElse(null));
		model.addAttribute("versions", versions);
		model.addAttribute("withComments", withComments);
		model.addAttribute("problems", registry.problemsOf(client).stream().map(PolicyProblem::toString).toList());
		return DashboardPages.page(model, "policy", newest.policy().name() + " · SLA policy", caller, List.of());
	}

	/** A client's version in force, as the list shows it. */
	record InForce(String client, String name, int version, LocalDate effective, String loadedAt, String zone,
			String contract, String period, List<String> targets, int problems) {

		static InForce of(PolicyVersion version, int problems) {
			ZoneId zone = version.policy().calendar().zone();
			return new InForce(version.client(), version.policy().name(), version.version(), version.effective(),
					WHEN.format(version.loadedAt().atZone(zone)), zone.getId(), version.policy().contract().id(),
					version.policy().contract().period().key(),
					version.policy().targets().stream().map(SlaTarget::name).toList(), problems);
		}

	}

	/**
	 * One version as the history shows it.
	 *
	 * @param changes the diff to the version before; empty for the first
	 * @param hasPrevious whether there is a version before to compare with
	 */
	record VersionText(int version, String file, LocalDate effective, String loadedAt, String sha256, String text,
			List<PolicyDiff.Line> changes, boolean hasPrevious) {
	}

}
