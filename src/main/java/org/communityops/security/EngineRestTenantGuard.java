package org.communityops.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.ClientAccess;
import org.communityops.identity.VisibleClients;
import org.communityops.identity.engine.EngineObjects;
import org.communityops.identity.engine.EngineObjects.Kind;
import org.communityops.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 404 to any engine REST request addressed to a task, process instance, execution or variable of a client the
 * caller does not see, before the engine answers it, so that no status, message or timing tells the object exists:
 * the engine alone would answer 403 or 500 for some of these. Objects of the caller's clients pass through to the
 * engine, whose authorizations then decide.
 */
class EngineRestTenantGuard extends OncePerRequestFilter {

	private static final Pattern ADDRESSED = Pattern.compile(
			"^/engine-rest(?:/engine/[^/]+)?/(task|process-instance|execution|variable-instance|history/process-instance"
					+ "|history/variable-instance)/([^/]+)(?:/.*)?$");

	private static final Map<String, Kind> KINDS = Map.of("task", Kind.TASK, "process-instance", Kind.PROCESS_INSTANCE,
			"execution", Kind.EXECUTION, "variable-instance", Kind.VARIABLE_INSTANCE, "history/process-instance",
			Kind.HISTORIC_PROCESS_INSTANCE, "history/variable-instance", Kind.HISTORIC_VARIABLE_INSTANCE);

	private static final Map<Kind, String> NAMES = Map.of(Kind.TASK, "task", Kind.PROCESS_INSTANCE, "process instance",
			Kind.EXECUTION, "execution", Kind.VARIABLE_INSTANCE, "variable", Kind.HISTORIC_PROCESS_INSTANCE,
			"historic process instance", Kind.HISTORIC_VARIABLE_INSTANCE, "historic variable");

	private final ClientAccess access;

	private final EngineObjects objects;

	private final ProblemResponses problems;

	EngineRestTenantGuard(ClientAccess access, EngineObjects objects, ProblemResponses problems) {
		this.access = access;
		this.objects = objects;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher addressed = ADDRESSED.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (addressed.matches()) {
			Kind kind = KINDS.get(addressed.group(1));
			String id = addressed.group(2);
			VisibleClients visible = access.visibleClients();
			Optional<String> client = visible.all() ? Optional.empty() : objects.clientOf(kind, id);
			if (client.isPresent() && !visible.contains(client.get())) {
				problems.write(request, response, HttpStatus.NOT_FOUND,
						"No " + NAMES.get(kind) + " '" + id + "'", Map.of());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
