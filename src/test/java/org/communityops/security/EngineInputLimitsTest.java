package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.HistoryService;
import org.communityops.testing.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input the engine cannot store, over real HTTP: each a 400 problem naming what was wrong
 * and what is accepted, a body over the limit a 413, and none of them leaves a process
 * instance behind.
 */
@SecuredApplicationTest
class EngineInputLimitsTest {

	static final String START = "/engine-rest/process-definition/key/MemberSupportProcess/start";

	@LocalServerPort
	int port;

	@Autowired
	HistoryService historyService;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void aStringVariableLongerThanTheEngineStoresIsABadRequestNamingItAndTheLimit() {
		Answer answer = startNothing(variables("\"reply\": {\"value\": \"" + "x".repeat(4001) + "\"}"));

		assertThat(answer.json().get("detail").asText()).isEqualTo("Variable 'reply': a string of 4001 characters is"
				+ " too long; expected at most 4000, or a bigger value as type Bytes or File");
		assertThat(startNothing(variables("\"reply\": {\"value\": \"" + "x".repeat(4000) + "\"}"), 200)).isNotNull();
	}

	@Test
	void aBusinessKeyLongerThanTheEngineStoresIsABadRequestNamingBusinessKey() {
		Answer answer = startNothing("{\"businessKey\": \"" + "k".repeat(1000) + "\", " + variables("").substring(1));

		assertThat(answer.json().get("detail").asText())
			.isEqualTo("businessKey: 1000 characters are too long; expected at most 255");
	}

	@Test
	void aVariableNameLongerThanTheEngineStoresIsABadRequest() {
		Answer answer = startNothing(variables("\"" + "n".repeat(300) + "\": {\"value\": 1}"));

		assertThat(answer.json().get("detail").asText())
			.endsWith("a name of 300 characters is too long; expected at" + " most 255");
	}

	@Test
	void aValueNoSerializerOfTheEngineTakesIsABadRequest() {
		Answer answer = startNothing(variables("\"data\": {\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\":"
				+ " {\"objectTypeName\": \"java.util.HashMap\", \"serializationDataFormat\": \"application/json\"}}"));

		assertThat(answer.json().get("detail").asText()).startsWith("A value of type object in serialization format"
				+ " 'application/json' cannot be stored by this engine; expected a String");
	}

	@Test
	void aFileVariableWithoutItsValueInfoIsABadRequest() {
		Answer answer = startNothing(variables("\"attachment\": {\"value\": \"aGVsbG8=\", \"type\": \"File\"}"));

		assertThat(answer.json().get("detail").asText()).contains("valueInfo");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsSentOrNot() throws Exception {
		String huge = variables("\"reply\": {\"value\": \"" + "y".repeat(2_000_000) + "\"}");
		long before = instances();

		Answer sized = api.call("admin", "POST", START, huge);
		HttpResponse<String> chunked = postChunked("admin", START, huge);

		assertThat(sized.status()).isEqualTo(413);
		assertThat(sized.isProblem()).isTrue();
		assertThat(sized.json().get("detail").asText()).isEqualTo("The request body of " + (huge.length())
				+ " bytes is too large; expected at most 1048576 bytes (communityops.http.max-request-body)");
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(api.call(null, "POST", "/api/sla/preview", huge).status()).isEqualTo(413);
		Answer webapps = new WebappSession(port, "amelia").call("POST",
				"/process-definition/key/MemberSupportProcess/start", huge);
		assertThat(webapps.status()).isEqualTo(413);
		assertThat(webapps.isProblem()).isTrue();
		assertThat(instances()).isEqualTo(before);
	}

	@Test
	void aBodyUnderTheLimitSentWithoutLengthIsServed() throws Exception {
		String body = "{\"clock\": \"24x7\", \"within\": \"4h\", \"start\": \"2026-03-06T15:00:00Z\"}";
		HttpResponse<String> answer = postChunked("mo", "/api/sla/preview", body);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"due\":\"2026-03-06T19:00:00Z\"");
	}

	@Test
	void aConditionNoProcessStartsOnIsABadRequest() {
		Answer answer = api.call("admin", "POST", "/engine-rest/condition", "{\"variables\": {\"a\": {\"value\": 1}}}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.json().get("detail").asText()).startsWith("Cannot evaluate the conditions: ENGINE-13043");
	}

	@Test
	void malformedJsonIsABadRequestSayingWhatIsExpected() {
		for (String body : new String[] { "{bad", "[]", "{\"variables\": [1, 2]}" }) {
			Answer answer = api.call("admin", "POST", START, body);

			assertThat(answer.status()).as(body).isEqualTo(400);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.json().get("detail").asText()).as(body).isNotBlank();
		}
	}

	/** A POST without Content-Length: the body is sent chunked. */
	private HttpResponse<String> postChunked(String user, String path, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Answer startNothing(String body) {
		long before = instances();
		Answer answer = api.call("admin", "POST", START, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(instances()).isEqualTo(before);
		return answer;
	}

	private Answer startNothing(String body, int status) {
		Answer answer = api.call("admin", "POST", START, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return answer;
	}

	private long instances() {
		return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("MemberSupportProcess").count();
	}

	private static String variables(String more) {
		return "{\"variables\": {\"client\": {\"value\": \"northwind\"}" + (more.isEmpty() ? "" : ", " + more) + "}}";
	}

}
