package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.camunda.bpm.engine.RuntimeService;
import org.communityops.testing.Api.Answer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Random requests against the real application over HTTP, as an administrator and as a
 * non-admin (a client user; an account manager for starts): our APIs' bodies, parameters
 * and path variables, and process starts with random variables, business keys and keys.
 * Whatever is sent, the answer is never a server error, and every error is a problem. The
 * application is the security tests' (taken from Spring's context cache, as jqwik has no
 * Spring extension); an instance a fuzzed start did create is deleted.
 */
@SecuredApplicationTest
class FuzzedRequestsTest {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> USERS = List.of("admin", "nora");

	/**
	 * A client user may not start processes: an account manager starts them as a
	 * non-admin.
	 */
	private static final List<String> STARTERS = List.of("admin", "amelia");

	private static Api api;

	private static RuntimeService runtimeService;

	@BeforeContainer
	static void connect() throws Exception {
		ApplicationContext application = new TestContextManager(FuzzedRequestsTest.class).getTestContext()
			.getApplicationContext();
		api = new Api(((WebServerApplicationContext) application).getWebServer().getPort());
		runtimeService = application.getBean(RuntimeService.class);
	}

	@Property(tries = 120)
	void previewBodies(@ForAll("previews") String body) {
		for (String user : USERS) {
			answersWithoutServerError(api.call(user, "POST", "/api/sla/preview", body), body);
		}
	}

	@Property(tries = 100)
	void clockQueries(@ForAll("clockParameters") Map<String, String> parameters) {
		everyUserGets("/api/sla/clocks" + query(parameters));
	}

	@Property(tries = 100)
	void reportQueries(@ForAll("reportParameters") Map<String, String> parameters, @ForAll("reports") String report) {
		everyUserGets("/api/reports/" + report + query(parameters));
	}

	@Property(tries = 100)
	void dashboardAndPolicyPaths(@ForAll("dashboardAndPolicyPaths") String path) {
		everyUserGets(path);
	}

	@Property(tries = 150)
	void processStarts(@ForAll("processKeys") String key, @ForAll("startBodies") String body) {
		for (String user : STARTERS) {
			Answer answer = api.call(user, "POST", "/engine-rest/process-definition/key/" + segment(key) + "/start",
					body);
			answersWithoutServerError(answer, key + " " + body);
			if (answer.status() == 200) {
				runtimeService.deleteProcessInstance(answer.json().get("id").asText(), "fuzzed start");
			}
		}
	}

	private static void everyUserGets(String path) {
		for (String user : USERS) {
			answersWithoutServerError(api.get(user, path), path);
		}
	}

	private static void answersWithoutServerError(Answer answer, String request) {
		String shown = request.length() > 300 ? request.substring(0, 300) + "..." : request;
		String body = answer.body().length() > 500 ? answer.body().substring(0, 500) + "..." : answer.body();
		assertThat(answer.status()).as("%s answered %s", shown, body).isLessThan(500);
		if (answer.status() >= 400) {
			assertThat(answer.isProblem()).as("%s answered %s %s", shown, answer.contentType(), body).isTrue();
		}
	}

	@Provide
	Arbitrary<String> previews() {
		Arbitrary<ObjectNode> fields = Combinators
			.combine(maybe(calendars()), maybe(durations()), maybe(Arbitraries.of("business", "24x7", "", "24/7")),
					maybe(instants()), maybe(pauses()), maybe(instants()), maybe(values()))
			.as((calendar, within, clock, start, pauses, at, extra) -> {
				ObjectNode body = NODES.objectNode();
				calendar.ifPresent(value -> body.set("calendar", value));
				within.ifPresent(value -> body.put("within", value));
				clock.ifPresent(value -> body.put("clock", value));
				start.ifPresent(value -> body.put("start", value));
				pauses.ifPresent(value -> body.set("pauses", value));
				at.ifPresent(value -> body.put("at", value));
				extra.ifPresent(value -> body.set("extra", value));
				return body;
			});
		return Arbitraries.frequencyOf(weighted(8, fields.map(JsonNode::toString)), weighted(1, texts()),
				weighted(1, values().map(JsonNode::toString)));
	}

	@Provide
	Arbitrary<Map<String, String>> clockParameters() {
		return parameters(Arbitraries.of("client", "state", "target", "page", "size", "sort", "client"));
	}

	@Provide
	Arbitrary<Map<String, String>> reportParameters() {
		return parameters(Arbitraries.of("client", "period", "format", "clients", "from"));
	}

	@Provide
	Arbitrary<String> reports() {
		return Arbitraries.of("compliance", "portfolio");
	}

	@Provide
	Arbitrary<String> dashboardAndPolicyPaths() {
		Arbitrary<String> dashboard = Combinators
			.combine(Arbitraries.of("portfolio", "clients", "approvals", ""), maybe(words()), parameters(words()))
			.as((endpoint, client, parameters) -> "/api/dashboard/" + endpoint
					+ client.map(name -> "/" + segment(name)).orElse("") + query(parameters));
		Arbitrary<String> versions = Combinators
			.combine(words(),
					Arbitraries.frequencyOf(weighted(3, Arbitraries.integers().map(String::valueOf)),
							weighted(1, Arbitraries.longs().map(String::valueOf)), weighted(1, words())))
			.as((client, version) -> "/api/sla/policies/" + segment(client) + "/versions/" + segment(version));
		return Arbitraries.oneOf(dashboard, versions);
	}

	@Provide
	Arbitrary<String> processKeys() {
		return Arbitraries
			.frequencyOf(
					weighted(6, Arbitraries.of("MemberSupportProcess", "ContentApprovalProcess",
							"ClientOnboardingProcess", "VendorReviewProcess", "EscalationProcess")),
					weighted(1, words()));
	}

	@Provide
	Arbitrary<String> startBodies() {
		Arbitrary<ObjectNode> variable = Combinators
			.combine(maybe(values()),
					maybe(Arbitraries.of("String", "Integer", "Long", "Short", "Double", "Boolean", "Date", "Json",
							"Xml", "Object", "Bytes", "File", "Null", "Nope")),
					maybe(values()))
			.as((value, type, valueInfo) -> {
				ObjectNode node = NODES.objectNode();
				value.ifPresent(it -> node.set("value", it));
				type.ifPresent(it -> node.put("type", it));
				valueInfo.ifPresent(it -> node.set("valueInfo", it));
				return node;
			});
		Arbitrary<ObjectNode> variables = Combinators
			.combine(Arbitraries.maps(Arbitraries.frequencyOf(weighted(5, words()), weighted(1, texts())), variable)
				.ofMaxSize(4), maybe(Arbitraries.of("northwind", "globex", "initech", "hooli", "nobody", "")))
			.as((named, client) -> {
				ObjectNode node = NODES.objectNode();
				client.ifPresent(it -> node.set("client", NODES.objectNode().put("value", it)));
				named.forEach(node::set);
				return node;
			});
		Arbitrary<String> starts = Combinators.combine(variables, maybe(texts()), maybe(values()))
			.as((vars, businessKey, extra) -> {
				ObjectNode body = NODES.objectNode();
				body.set("variables", vars);
				businessKey.ifPresent(it -> body.put("businessKey", it));
				extra.ifPresent(it -> body.set("withVariablesInReturn", it));
				return body.toString();
			});
		return Arbitraries.frequencyOf(weighted(9, starts), weighted(1, texts()));
	}

	private static Arbitrary<JsonNode> calendars() {
		Arbitrary<JsonNode> hours = Arbitraries.maps(Arbitraries.of("mon-fri", "mon", "sat-sun", "fri-mon", "xyz"),
				Arbitraries.of("09:00-17:00", "00:00-24:00", "17:00-09:00", "25:00-26:00", "9-5").list().ofMaxSize(3))
			.ofMaxSize(3)
			.map(days -> JSON.valueToTree(days));
		return Combinators.combine(
				Arbitraries.of("Europe/Berlin", "UTC", "America/New_York", "Pacific/Kiritimati", "+01:00",
						"Mars/Olympus"),
				hours, maybe(Arbitraries.of("DE", "US", "XX", "de")),
				Arbitraries.of("2026-12-24", "2026-02-30", "+999999-01-01", "1600-01-01", "soon").list().ofMaxSize(2))
			.as((zone, open, country, dates) -> {
				ObjectNode calendar = NODES.objectNode().put("zone", zone);
				calendar.set("hours", open);
				ObjectNode holidays = NODES.objectNode();
				country.ifPresent(code -> holidays.put("country", code));
				holidays.set("dates", JSON.valueToTree(dates));
				calendar.set("holidays", holidays);
				return (JsonNode) calendar;
			});
	}

	private static Arbitrary<JsonNode> pauses() {
		return Combinators.combine(maybe(instants()), maybe(instants())).as((from, to) -> {
			ObjectNode pause = NODES.objectNode();
			from.ifPresent(it -> pause.put("from", it));
			to.ifPresent(it -> pause.put("to", it));
			return pause;
		}).list().ofMaxSize(3).map(list -> (JsonNode) NODES.arrayNode().addAll(list));
	}

	/**
	 * Instants of the supported years, around them, of every year an Instant has, and not
	 * instants at all.
	 */
	private static Arbitrary<String> instants() {
		return Arbitraries.frequencyOf(
				weighted(4,
						Arbitraries.longs()
							.between(-9_300_000_000L, 9_300_000_000L)
							.map(seconds -> Instant.ofEpochSecond(seconds).toString())),
				weighted(2,
						Arbitraries.longs()
							.between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
							.map(seconds -> Instant.ofEpochSecond(seconds).toString())),
				weighted(1, Arbitraries.of("2026-03-06T15:00:00", "2026-13-01T00:00:00Z", "tomorrow", "")));
	}

	private static Arbitrary<String> durations() {
		Arbitrary<String> amounts = Arbitraries.frequencyOf(
				weighted(3, Arbitraries.longs().between(0, 100_000).map(String::valueOf)),
				weighted(1, Arbitraries.longs().map(String::valueOf)),
				weighted(1, Arbitraries.of("99999999999999999999", "1.5", "")));
		return Arbitraries.frequencyOf(
				weighted(4,
						Combinators.combine(amounts, Arbitraries.of("h", "m", "s", "d", "", "w"))
							.as((amount, unit) -> amount + unit)),
				weighted(2, Combinators.combine(amounts, Arbitraries.of("PT%sH", "P%sD", "PT%sS", "P%sM", "-PT%sH"))
					.as((amount, format) -> format.formatted(amount))),
				weighted(1, texts()));
	}

	private static Arbitrary<Map<String, String>> parameters(Arbitrary<String> names) {
		return Arbitraries
			.maps(names, Arbitraries.frequencyOf(weighted(3, words()), weighted(1, texts()),
					weighted(1, Arbitraries.of("northwind", "globex", "2026-10", "2026-W40", "2032-13", "xlsx", "csv",
							"json", "pdf", "open", "breached", "-1", "0", "99999999999", "northwind,globex", ",,"))))
			.ofMaxSize(4);
	}

	/** Short words, including the characters a URL and a JSON string escape. */
	private static Arbitrary<String> words() {
		return Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u4e16', '\u0000').ofMaxLength(12);
	}

	/** Any text: short, around the engine's column limits, or long. */
	private static Arbitrary<String> texts() {
		return Arbitraries.frequencyOf(weighted(6, Arbitraries.strings().ofMaxLength(40)),
				weighted(1, Arbitraries.integers().between(250, 260).map("k"::repeat)),
				weighted(1, Arbitraries.integers().between(3995, 4005).map("x"::repeat)),
				weighted(1, Arbitraries.integers().between(4006, 100_000).map("y"::repeat)),
				weighted(1, Arbitraries.integers().between(1_000_000, 1_100_000).map("z"::repeat)));
	}

	/** Any JSON value, nested a little. */
	private static Arbitrary<JsonNode> values() {
		Arbitrary<JsonNode> scalars = Arbitraries.frequencyOf(
				weighted(3, texts().map(text -> (JsonNode) NODES.textNode(text))),
				weighted(1, Arbitraries.longs().map(number -> (JsonNode) NODES.numberNode(number))),
				weighted(1, Arbitraries.doubles().map(number -> (JsonNode) NODES.numberNode(number))),
				weighted(1, Arbitraries.of(true, false).map(flag -> (JsonNode) NODES.booleanNode(flag))),
				weighted(1, Arbitraries.just((JsonNode) NODES.nullNode())));
		Arbitrary<JsonNode> lists = scalars.list().ofMaxSize(3).map(list -> NODES.arrayNode().addAll(list));
		Arbitrary<JsonNode> objects = Arbitraries.maps(words(), scalars)
			.ofMaxSize(3)
			.map(map -> (JsonNode) JSON.valueToTree(map));
		return Arbitraries.frequencyOf(weighted(6, scalars), weighted(1, lists), weighted(1, objects));
	}

	private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values) {
		return values.optional(0.7);
	}

	private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> values) {
		return Tuple.of(weight, values);
	}

	private static String query(Map<String, String> parameters) {
		return parameters.isEmpty() ? ""
				: parameters.entrySet()
					.stream()
					.map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
					.collect(Collectors.joining("&", "?", ""));
	}

	private static String segment(String text) {
		return encode(text);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
