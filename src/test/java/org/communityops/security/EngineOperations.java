package org.communityops.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation of the engine REST API, read from the engine's own OpenAPI description
 * ({@code camunda-engine-rest-openapi}, same version as the engine).
 */
record EngineOperations(List<Operation> all) {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "options");

	static EngineOperations load() {
		try (InputStream in = EngineOperations.class.getResourceAsStream("/openapi.json")) {
			if (in == null) {
				throw new IllegalStateException("No openapi.json on the test class path (camunda-engine-rest-openapi)");
			}
			JsonNode paths = new ObjectMapper().readTree(in).get("paths");
			List<Operation> operations = new ArrayList<>();
			paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
				if (METHODS.contains(method.getKey())) {
					operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
							method.getValue().path("operationId").asText()));
				}
			}));
			return new EngineOperations(List.copyOf(operations));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The literal segments of every path below its root, e.g. {@code claim} of
	 * {@code /task/{id}/claim}.
	 */
	Set<String> literalsBelowRoot() {
		Set<String> literals = new java.util.TreeSet<>();
		for (Operation operation : all) {
			String[] segments = operation.path().substring(1).split("/");
			for (int i = 1; i < segments.length; i++) {
				if (!segments[i].startsWith("{")) {
					literals.add(segments[i]);
				}
			}
		}
		return literals;
	}

	/**
	 * @param path the OpenAPI template, e.g. {@code /task/{id}/comment/{commentId}}
	 */
	record Operation(String method, String path, String operationId) {

		/** Whether it only reads: a GET, OPTIONS, or a query sent as POST. */
		boolean reads() {
			return method.equals("GET") || method.equals("OPTIONS") || operationId.startsWith("query")
					|| operationId.startsWith("postExecuteFilter");
		}

		/**
		 * The resource it belongs to: its first segment, or the first two below history.
		 */
		String root() {
			String[] segments = path.substring(1).split("/");
			return segments[0].equals("history") && segments.length > 1 ? "history/" + segments[1] : segments[0];
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
