package org.communityops.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.identity.engine.EngineObjects;
import org.communityops.identity.engine.EngineObjects.Kind;
import org.communityops.web.ProblemResponses;
import org.communityops.web.ReadBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The client of a process instance is its tenant, set at its start: after that, no
 * request of the engine APIs may change or delete the {@code client} variable of a task,
 * instance or execution, by its own path or inside a JSON body (variables of a completion
 * or form, modifications and deletions, variables of instructions). Writing the same
 * client again is harmless and allowed: forms show the client read-only and send it back.
 * Only starts may name a client. A refused request is a 400 problem and changes nothing;
 * the clocks take the client from the tenant anyway. The body it reads is bounded by
 * {@code RequestBodyLimit}, which runs first on both engine APIs.
 */
class FixedClient {

	static final String VARIABLE = "client";

	private static final Set<String> VARIABLE_PATHS = Set.of("variables", "localVariables");

	private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables",
			"processVariables", "processVariablesLocal");

	private static final Set<String> STARTS = Set.of("process-definition", "message");

	private static final Map<String, Kind> OWNERS = Map.of("task", Kind.TASK, "process-instance", Kind.PROCESS_INSTANCE,
			"execution", Kind.EXECUTION);

	private final EngineObjects objects;

	private final ObjectMapper json;

	private final ProblemResponses problems;

	FixedClient(EngineObjects objects, ObjectMapper json, ProblemResponses problems) {
		this.objects = objects;
		this.json = json;
		this.problems = problems;
	}

	/**
	 * The request to go on with (its body read once and kept, when it had to be looked
	 * at); null when it was refused and the refusal written.
	 */
	HttpServletRequest admit(HttpServletRequest request, EngineApiRequest api, HttpServletResponse response)
			throws IOException {
		List<String> path = api.path();
		if (!api.changes() || path.isEmpty() || STARTS.contains(path.get(0))) {
			return request;
		}
		boolean variablePath = path.size() >= 2 && path.get(path.size() - 1).equals(VARIABLE)
				&& VARIABLE_PATHS.contains(path.get(path.size() - 2));
		if (variablePath && !api.method().equals("PUT")) {
			return refuse(request, response);
		}
		if (!isJson(request.getContentType())) {
			return variablePath ? refuse(request, response) : request;
		}
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode tree = tree(body);
		if (tree != null) {
			String client = clientOf(path);
			if (variablePath ? !sameClient(tree, client) : changesClient(tree, client)) {
				return refuse(request, response);
			}
		}
		return new ReadBody(request, body);
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException malformed) {
			return false;
		}
	}

	/**
	 * The client of the task, instance or execution the path names; null when it names
	 * none of them.
	 */
	private String clientOf(List<String> path) {
		Kind owner = OWNERS.get(path.get(0));
		return owner == null || path.size() < 2 ? null : objects.clientOf(owner, path.get(1)).orElse(null);
	}

	private HttpServletRequest refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.write(request, response, HttpStatus.BAD_REQUEST, "The variable '" + VARIABLE
				+ "' is the client the work is for, fixed when it started; it cannot be set or deleted afterwards",
				Map.of("field", VARIABLE));
		return null;
	}

	/** The body as JSON; null when it is not, for the engine to refuse. */
	private JsonNode tree(byte[] body) {
		try {
			return json.readTree(body);
		}
		catch (IOException notJson) {
			return null;
		}
	}

	/**
	 * Whether a typed value ({@code {"value": ...}}) names the client, and one is known.
	 */
	private static boolean sameClient(JsonNode typedValue, String client) {
		return client != null && typedValue.isObject() && client.equals(typedValue.path("value").asText(null));
	}

	private static boolean changesClient(JsonNode node, String client) {
		if (node == null) {
			return false;
		}
		if (node.isObject()) {
			for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
				JsonNode value = field.getValue();
				if (VARIABLE_MAPS.contains(field.getKey()) && value.isObject() && value.has(VARIABLE)
						&& !sameClient(value.get(VARIABLE), client)) {
					return true;
				}
				if (field.getKey().equals("deletions") && value.isArray()) {
					for (JsonNode deleted : value) {
						if (VARIABLE.equals(deleted.asText())) {
							return true;
						}
					}
				}
				if (changesClient(value, client)) {
					return true;
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				if (changesClient(element, client)) {
					return true;
				}
			}
		}
		return false;
	}

}
