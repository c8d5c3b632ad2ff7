package org.communityops.sla.policy;

import java.util.List;

import org.communityops.identity.ClientAccess;
import org.communityops.identity.VisibleClients;
import org.communityops.sla.policy.PolicyViews.Detail;
import org.communityops.sla.policy.PolicyViews.Overview;
import org.communityops.sla.policy.PolicyViews.Problem;
import org.communityops.sla.policy.PolicyViews.Summary;
import org.communityops.sla.policy.PolicyViews.Version;
import org.communityops.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA policies in force, their history and the problems of the last load, of the
 * clients the caller sees; another client's policy answers 404 like a policy that does
 * not exist. Problems of no client's file (e.g. a file named for no client) are for
 * administrators only.
 */
@RestController
@RequestMapping("/api/sla/policies")
class PolicyController {

	private final PolicyRegistry registry;

	private final ClientAccess access;

	PolicyController(PolicyRegistry registry, ClientAccess access) {
		this.registry = registry;
		this.access = access;
	}

	@GetMapping
	Overview all() {
		VisibleClients visible = access.visibleClients();
		List<Summary> policies = visible.of(registry.clients())
			.stream()
			.map(client -> Summary.of(registry.current(client).orElseThrow(), registry.problemsOf(client)))
			.toList();
		List<PolicyProblem> problems = visible.all() ? registry.problems()
				: visible.sorted().stream().flatMap(client -> registry.problemsOf(client).stream()).toList();
		return new Overview(policies, Problem.all(problems));
	}

	@GetMapping("/{client}")
	Detail one(@PathVariable String client) {
		if (!access.visibleClients().contains(client)
				|| !registry.knows(client) && registry.problemsOf(client).isEmpty()) {
			throw unknown(client);
		}
		Summary current = registry.current(client).map(version -> Summary.of(version, List.of())).orElse(null);
		List<Version> history = registry.history(client).stream().map(Version::of).toList();
		return new Detail(client, current != null, current, history, Problem.all(registry.problemsOf(client)));
	}

	@GetMapping(path = "/{client}/versions/{version}", produces = "application/yaml")
	String content(@PathVariable String client, @PathVariable int version) {
		return registry.version(client, version)
			.filter(found -> access.visibleClients().contains(client))
			.map(PolicyVersion::content)
			.orElseThrow(() -> new NotFoundException("Client '" + client + "' has no SLA policy version " + version));
	}

	private static NotFoundException unknown(String client) {
		return new NotFoundException("No SLA policy for client '" + client + "'");
	}

}
