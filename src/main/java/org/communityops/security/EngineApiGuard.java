package org.communityops.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.Caller;
import org.communityops.identity.ClientAccess;
import org.communityops.identity.Role;
import org.communityops.identity.engine.EngineObjects;
import org.communityops.identity.engine.EngineObjects.Kind;
import org.communityops.identity.engine.WebappSessions;
import org.communityops.security.EngineApiAllowlist.Addressed;
import org.communityops.security.EngineApiRequest.MalformedPathException;
import org.communityops.security.engine.EngineRequests;
import org.communityops.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Default deny in front of both engine REST APIs: a request of a caller who is not an
 * administrator passes only when {@link EngineApiAllowlist} lets their role make it (else
 * 403), and only when every object it addresses is one the caller can see (else 404, the
 * same answer as for an object that does not exist, for administrators too). The path is
 * judged in its canonical, decoded form ({@link EngineApiRequest}); a write of the
 * {@code client} variable is refused ({@link FixedClient}). Requests without a caller go
 * on to the API's own authentication, which refuses them.
 */
class EngineApiGuard extends OncePerRequestFilter {

	private final EngineApiAllowlist allowlist;

	private final ClientAccess access;

	private final WebappSessions webapps;

	private final EngineObjects objects;

	private final FixedClient fixedClient;

	private final ProblemResponses problems;

	EngineApiGuard(EngineApiAllowlist allowlist, ClientAccess access, WebappSessions webapps, EngineObjects objects,
			FixedClient fixedClient, ProblemResponses problems) {
		this.allowlist = allowlist;
		this.access = access;
		this.webapps = webapps;
		this.objects = objects;
		this.fixedClient = fixedClient;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<EngineApiRequest> parsed;
		try {
			parsed = EngineApiRequest.of(request);
		}
		catch (MalformedPathException malformed) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, malformed.getMessage(), Map.of());
			return;
		}
		Optional<Caller> caller = parsed.flatMap(api -> callerOf(request, api));
		if (caller.isEmpty() || parsed.get().listsEngines()) {
			chain.doFilter(request, response);
			return;
		}
		EngineApiRequest api = parsed.get();
		List<Addressed> addressed;
		if (caller.get().is(Role.ADMIN)) {
			addressed = allowlist.addressed(api);
		}
		else {
			Optional<List<Addressed>> permitted = allowlist.permit(caller.get(), api);
			if (permitted.isEmpty()) {
				problems.write(request, response, HttpStatus.FORBIDDEN,
						"'" + caller.get().userId() + "' may not " + api.method() + " " + api.resource()
								+ ": the engine API is open to each role " + "only for its work (docs/security.md)",
						Map.of());
				return;
			}
			addressed = permitted.get();
		}
		for (Addressed object : addressed) {
			if (!objects.visibleTo(caller.get(), object.kind(), object.id())) {
				refuseMissing(request, response, api, caller.get(), object);
				return;
			}
		}
		if (!addressed.isEmpty()) {
			EngineRequests.addressedObjectsSeen(request);
		}
		HttpServletRequest readable = fixedClient.admit(request, api, response);
		if (readable != null) {
			chain.doFilter(readable, response);
			if (response.getStatus() >= 500 && !response.isCommitted() && api.changes() && addressed.stream()
				.anyMatch(object -> !objects.visibleTo(caller.get(), object.kind(), object.id()))) {
				lostRace(request, response);
			}
		}
	}

	/**
	 * A change that failed while another request removed what it addressed lost a race,
	 * whatever the engine tripped over meanwhile (e.g. an expression reading the
	 * half-moved state): 409 instead of the engine's 500.
	 */
	private void lostRace(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		problems.write(request, response, HttpStatus.CONFLICT,
				"Someone else changed or removed this at the same moment; read it again", Map.of());
	}

	/**
	 * 404, the same for an object of another client and one that does not exist; but a
	 * task the caller could see that someone completed or deleted meanwhile is a lost
	 * race for a request that would change it: 409.
	 */
	private void refuseMissing(HttpServletRequest request, HttpServletResponse response, EngineApiRequest api,
			Caller caller, Addressed object) throws IOException {
		if (object.kind() == Kind.TASK && api.changes() && objects.endedTaskVisibleTo(caller, object.id())) {
			problems.write(request, response, HttpStatus.CONFLICT, "Task '" + object.id()
					+ "' was completed or deleted meanwhile, by someone else or an earlier request", Map.of());
			return;
		}
		problems.write(request, response, HttpStatus.NOT_FOUND,
				"No " + object.kind().label() + " '" + object.id() + "'", Map.of());
	}

	private Optional<Caller> callerOf(HttpServletRequest request, EngineApiRequest api) {
		return switch (api.api()) {
			case REST -> access.caller();
			case WEBAPPS -> api.listsEngines() ? Optional.empty() : webapps.caller(request, api.engine());
		};
	}

}
