package org.communityops.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to one of the engine's two REST APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}), in canonical form: each path segment percent-decoded
 * once, the engine named in the path, and the path relative to it
 * ({@code task/{id}/comment}). Decoding happens before anything is matched, so an encoded
 * letter addresses the same object as the plain one; a path the servlet container would
 * read differently from us (path parameters, empty segments, dot segments, encoded
 * slashes, percent signs, control characters) is refused as malformed.
 */
record EngineApiRequest(Api api, String engine, String method, List<String> path, Map<String, List<String>> query) {

	enum Api {

		/** The engine REST API at /engine-rest, HTTP Basic. */
		REST,
		/**
		 * The webapps' engine API at /camunda/api/engine, signed in through the webapps'
		 * login.
		 */
		WEBAPPS

	}

	static final String DEFAULT_ENGINE = "default";

	/** The path as a string, e.g. {@code task/abc/claim}. */
	String resource() {
		return String.join("/", path);
	}

	/** The method a rule is written for: HEAD is answered as GET. */
	String ruleMethod() {
		return method.equals("HEAD") ? "GET" : method;
	}

	/** Whether the request may change something: any method but GET, HEAD and OPTIONS. */
	boolean changes() {
		return !Set.of("GET", "HEAD", "OPTIONS").contains(method);
	}

	/**
	 * Whether the request asks for the list of engines (the only anonymous request of the
	 * webapps' API).
	 */
	boolean listsEngines() {
		return engine == null;
	}

	/**
	 * The request as an engine API request; empty when it is not addressed to an engine
	 * API.
	 * @throws MalformedPathException when it is, but its path is not canonical
	 */
	static Optional<EngineApiRequest> of(HttpServletRequest request) {
		String raw = request.getRequestURI().substring(request.getContextPath().length());
		List<String> segments = new ArrayList<>();
		boolean canonical = true;
		String[] parts = raw.split("/", -1);
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			int parameters = part.indexOf(';');
			if (parameters >= 0) {
				canonical = false;
				part = part.substring(0, parameters);
			}
			String decoded = decode(part);
			if (decoded == null || !plain(decoded) || (part.isEmpty() && i < parts.length - 1)) {
				canonical = false;
			}
			segments.add(decoded == null ? part : decoded);
		}
		if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
			segments.remove(segments.size() - 1);
		}
		Optional<EngineApiRequest> engineRequest = of(segments, request.getMethod(), query(request.getQueryString()));
		if (engineRequest.isPresent() && !canonical) {
			throw new MalformedPathException(raw);
		}
		return engineRequest;
	}

	private static Optional<EngineApiRequest> of(List<String> segments, String method,
			Map<String, List<String>> query) {
		List<String> rest;
		Api api;
		if (startsWith(segments, "engine-rest")) {
			api = Api.REST;
			rest = segments.subList(1, segments.size());
		}
		else if (startsWith(segments, "camunda", "api", "engine")) {
			api = Api.WEBAPPS;
			rest = segments.subList(3, segments.size());
		}
		else {
			return Optional.empty();
		}
		if (rest.equals(List.of("engine"))) {
			return Optional.of(new EngineApiRequest(api, null, method, List.of(), query));
		}
		if (startsWith(rest, "engine") && rest.size() >= 2) {
			return Optional
				.of(new EngineApiRequest(api, rest.get(1), method, List.copyOf(rest.subList(2, rest.size())), query));
		}
		return Optional
			.of(new EngineApiRequest(api, api == Api.REST ? DEFAULT_ENGINE : "", method, List.copyOf(rest), query));
	}

	private static boolean startsWith(List<String> segments, String... prefix) {
		return segments.size() >= prefix.length && segments.subList(0, prefix.length).equals(List.of(prefix));
	}

	/**
	 * A decoded segment that means to Jersey what it means to us: no separators, escapes,
	 * dots or controls.
	 */
	private static boolean plain(String segment) {
		if (segment.equals(".") || segment.equals("..")) {
			return false;
		}
		return segment.chars().noneMatch(c -> c == '/' || c == '\\' || c == ';' || c == '%' || c < 0x20 || c == 0x7f);
	}

	/**
	 * Percent-decodes once, strictly: null for a broken escape or bytes that are not
	 * UTF-8.
	 */
	static String decode(String part) {
		if (part.indexOf('%') < 0) {
			return part;
		}
		ByteBuffer bytes = ByteBuffer.allocate(part.length());
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (c == '%') {
				if (i + 2 >= part.length()) {
					return null;
				}
				int high = Character.digit(part.charAt(i + 1), 16);
				int low = Character.digit(part.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.put((byte) (high * 16 + low));
				i += 2;
			}
			else if (c > 0x7f) {
				return null;
			}
			else {
				bytes.put((byte) c);
			}
		}
		bytes.flip();
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

	/**
	 * The query string's parameters, decoded as a form would be (with '+' a space);
	 * broken escapes stay as sent.
	 */
	private static Map<String, List<String>> query(String queryString) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (queryString == null || queryString.isEmpty()) {
			return parameters;
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			String name = formDecoded(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : formDecoded(pair.substring(equals + 1));
			parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String formDecoded(String text) {
		String decoded = decode(text.replace('+', ' '));
		return decoded == null ? text : decoded;
	}

	/**
	 * A request to an engine API whose path the container and the API could read
	 * differently from the guard.
	 */
	static final class MalformedPathException extends RuntimeException {

		MalformedPathException(String path) {
			super("Malformed path '" + path + "': use each segment in its plain form, without path parameters (;),"
					+ " empty or dot segments, encoded slashes or percent signs");
		}

	}

}
