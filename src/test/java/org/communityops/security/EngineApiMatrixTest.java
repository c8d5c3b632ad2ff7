package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.communityops.security.EngineOperations.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of the engine REST API (from its OpenAPI description), on both engine
 * APIs ({@code /engine-rest} with HTTP Basic, the webapps' {@code /camunda/api/engine}
 * with their session), tried by a user of every role for whom hooli is another client,
 * against hooli's objects: by id (a query by hooli's ids for a list), with the ids
 * percent-encoded, and with ids that do not exist. Findings: a 5xx, an error that is not
 * problem+json, a write that was accepted, an answer holding one of hooli's ids or texts,
 * a "not yours" answer that differs from the "not there" one. There must be none, and
 * hooli's work must be exactly as it was.
 */
@SecuredApplicationTest
class EngineApiMatrixTest {

	/**
	 * ivan: account manager; mira: moderator; sam: community manager (staff); ines, nora,
	 * gary: client users.
	 */
	static final List<String> CALLERS = List.of("ivan", "mira", "sam", "ines", "nora", "gary");

	static final List<String> WEBAPP_CALLERS = List.of("ivan", "mira", "ines");

	static final String MISSING = "00000000-0000-4000-8000-000000000000";

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

	private static final Map<String, String> SHARED = Map.of("varName", "subject", "key", "MemberSupportProcess",
			"messageName", "message", "resourceId", "resource", "metrics-name", "activity-instance-start", "tenant-id",
			ForeignWork.CLIENT, "operationId", MISSING);

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Test
	void noRoleReadsChangesOrProbesAnotherClientsWorkThroughEitherEngineApi() {
		ForeignWork foreign = new ForeignWork(engine);
		String before = foreign.state();
		Set<String> secrets = foreign.secrets();
		Api api = new Api(port);
		Map<String, WebappSession> webapps = new LinkedHashMap<>();
		WEBAPP_CALLERS.forEach(caller -> webapps.put(caller, new WebappSession(port, caller)));
		List<String> findings = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger requests = new AtomicInteger();

		List<Operation> operations = EngineOperations.load().all();
		ForkJoinPool pool = new ForkJoinPool(CALLERS.size());
		try {
			pool.submit(() -> CALLERS.parallelStream().forEach(caller -> {
				WebappSession session = webapps.get(caller);
				for (Operation operation : operations) {
					Target target = target(operation, foreign);
					String body = operation.method().equals("GET") || operation.method().equals("DELETE")
							|| operation.method().equals("OPTIONS") ? null : "{}";
					requests.addAndGet(judge(findings, caller + " REST", operation, target, secrets,
							(method, path) -> api.call(caller, method, "/engine-rest" + path, body)));
					if (session != null) {
						requests.addAndGet(judge(findings, caller + " webapps", operation, target, secrets,
								(method, path) -> session.call(method, path, body)));
					}
				}
			})).join();
		}
		finally {
			pool.shutdown();
		}

		assertThat(requests.get()).isGreaterThan(5000);
		assertThat(findings).as("findings of %d requests", requests.get()).isEmpty();
		assertThat(foreign.state()).as("hooli's work after every request").isEqualTo(before);
	}

	private int judge(List<String> findings, String who, Operation operation, Target target, Set<String> secrets,
			BiFunction<String, String, Api.Answer> call) {
		String method = operation.method();
		Api.Answer yours = call.apply(method, target.foreign());
		check(findings, who, operation, target.foreign(), yours, secrets);
		if (target.list() != null) {
			check(findings, who, operation, target.list(), call.apply(method, target.list()), secrets);
		}
		if (!target.addressesForeign()) {
			return 1;
		}
		Api.Answer there = call.apply(method, target.missing());
		Api.Answer encoded = call.apply(method, target.encoded());
		check(findings, who, operation, target.missing(), there, secrets);
		check(findings, who, operation, target.encoded(), encoded, secrets);
		String notYours = normalized(yours, target.foreign(), target);
		if (!notYours.equals(normalized(there, target.missing(), target))) {
			findings.add(who + " " + operation + ": not yours " + notYours + " but not there "
					+ normalized(there, target.missing(), target));
		}
		if (!notYours.equals(normalized(encoded, target.encoded(), target))) {
			findings.add(who + " " + operation + ": plain " + notYours + " but encoded "
					+ normalized(encoded, target.encoded(), target));
		}
		return target.list() != null ? 4 : 3;
	}

	private static void check(List<String> findings, String who, Operation operation, String path, Api.Answer answer,
			Set<String> secrets) {
		String label = who + " " + operation.method() + " " + path + " -> " + answer.status();
		if (answer.status() >= 500) {
			findings.add(label + " (server error) " + abbreviated(answer.body()));
		}
		if (answer.status() >= 400 && !answer.isProblem()) {
			findings.add(label + " not problem+json: " + answer.contentType());
		}
		if (answer.status() < 300 && !operation.reads()) {
			findings.add(label + " accepted a write");
		}
		String body = answer.body();
		String asked = URLDecoder.decode(path, StandardCharsets.UTF_8);
		for (String secret : secrets) {
			if (!asked.contains(secret) && body.contains(secret)) {
				findings.add(label + " leaks '" + secret + "': " + abbreviated(body));
			}
		}
	}

	/**
	 * Status and body, with the ids of the request put back to their names, so two
	 * answers can be compared.
	 */
	private static String normalized(Api.Answer answer, String path, Target target) {
		String body = answer.body()
			.replace(path, "{path}")
			.replace(URLDecoder.decode(path, StandardCharsets.UTF_8), "{path}");
		List<Map.Entry<String, String>> ids = new ArrayList<>(target.values().entrySet());
		ids.sort(Comparator.comparingInt((Map.Entry<String, String> id) -> id.getValue().length()).reversed());
		for (Map.Entry<String, String> id : ids) {
			body = body.replace(id.getValue(), "{" + id.getKey() + "}");
		}
		body = body.replace(MISSING, "{missing}");
		for (String missing : List.of("no-such-client", "nobody", "no-such-group")) {
			body = body.replace(missing, "{missing}");
		}
		return answer.status() + " " + body.replaceAll("\\{[a-zA-Z/-]+}", "{id}");
	}

	private static String abbreviated(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "..." : body;
	}

	/**
	 * The operation's path three ways: with hooli's ids, with ids that exist nowhere,
	 * with hooli's ids encoded.
	 */
	private static Target target(Operation operation, ForeignWork foreign) {
		Map<String, String> values = new LinkedHashMap<>();
		StringBuilder plain = new StringBuilder();
		StringBuilder missing = new StringBuilder();
		StringBuilder encoded = new StringBuilder();
		Matcher parameter = PARAMETER.matcher(operation.path());
		boolean foreignObject = false;
		int last = 0;
		while (parameter.find()) {
			String literal = operation.path().substring(last, parameter.start());
			String name = parameter.group(1);
			String value = name.equals("id") ? foreign.ids.get(operation.root()) : foreign.ids.get(name);
			String absent = value == null ? null : absent(name.equals("id") ? operation.root() : name);
			if (value == null) {
				value = SHARED.getOrDefault(name, MISSING);
				absent = value;
			}
			else {
				foreignObject = true;
				values.put(name, value);
			}
			plain.append(literal).append(value);
			missing.append(literal).append(absent);
			encoded.append(literal).append(encode(value));
			last = parameter.end();
		}
		String rest = operation.path().substring(last);
		if (last == 0 && operation.method().equals("GET")) {
			values.putAll(Map.of("processInstanceId", foreign.request.getId(), "taskId", foreign.task.getId(),
					"tenantIdIn", ForeignWork.CLIENT));
			String query = "?processInstanceId=%s&processInstanceIdIn=%1$s&taskId=%s&executionId=%1$s&tenantIdIn=%s";
			return new Target(rest + query.formatted(foreign.request.getId(), foreign.task.getId(), ForeignWork.CLIENT),
					rest + query.formatted(MISSING, MISSING, "no-such-client"),
					rest + query.formatted(encode(foreign.request.getId()), encode(foreign.task.getId()),
							encode(ForeignWork.CLIENT)),
					true, values, rest);
		}
		return new Target(plain + rest, missing + rest, encoded + rest, foreignObject, values, null);
	}

	private static String absent(String resource) {
		return switch (resource) {
			case "tenant" -> "no-such-client";
			case "user", "userId" -> "nobody";
			case "group", "groupId" -> "no-such-group";
			default -> MISSING;
		};
	}

	/** The id with its dashes (or, without any, its first letter) percent-encoded. */
	private static String encode(String id) {
		return id.contains("-") ? id.replace("-", "%2D")
				: String.format("%%%02X", (int) id.charAt(0)) + id.substring(1);
	}

	/**
	 * @param list for a list, its path without a query: everything the caller may list
	 */
	record Target(String foreign, String missing, String encoded, boolean addressesForeign, Map<String, String> values,
			String list) {
	}

}
