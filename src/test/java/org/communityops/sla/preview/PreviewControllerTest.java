package org.communityops.sla.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.communityops.security.Logins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * POST /api/sla/preview over real HTTP: the worked examples of
 * docs/sla-calendar-semantics.md, and bad input.
 */
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:deployment-test;DB_CLOSE_DELAY=-1")
class PreviewControllerTest {

	private static final String BERLIN_OFFICE = """
			{"zone": "Europe/Berlin", "hours": {"mon-fri": ["09:00-17:00"]}}""";

	@Autowired
	TestRestTemplate http;

	@Test
	void aTaskCreatedFridayAt16WithFourBusinessHoursIsDueMondayAtNoon() {
		JsonNode answer = ok("""
				{"calendar": %s, "within": "4h", "start": "2026-03-06T15:00:00Z"}""".formatted(BERLIN_OFFICE));

		assertThat(answer.get("due").asText()).isEqualTo("2026-03-09T11:00:00Z");
	}

	@Test
	void withOneHourItIsDueAtFridaysCloseNotMondaysOpening() {
		JsonNode answer = ok("""
				{"calendar": %s, "within": "1h", "start": "2026-03-06T15:00:00Z"}""".formatted(BERLIN_OFFICE));

		assertThat(answer.get("due").asText()).isEqualTo("2026-03-06T16:00:00Z");
	}

	@Test
	void measuresProgressAtAnInstantWithPausesAndHolidays() {
		JsonNode answer = ok("""
				{"calendar": {"zone": "Europe/Berlin", "hours": {"mon-fri": ["09:00-17:00"]},
				              "holidays": {"country": "DE", "subdivision": "be", "dates": ["2026-03-10"]}},
				 "within": "PT8H", "start": "2026-03-06T15:00:00Z",
				 "pauses": [{"from": "2026-03-09T08:00:00Z", "to": "2026-03-09T10:00:00Z"}],
				 "at": "2026-03-09T12:00:00Z"}""");

		// Friday 16-17 (1h) + Monday 11-13 Berlin after the pause (2h) = 3h; Tuesday is
		// closed, so 5h are left for
		// Monday 13-17 (4h) and Wednesday 09-10 (1h).
		assertThat(answer.get("elapsed").asText()).isEqualTo("PT3H");
		assertThat(answer.get("remaining").asText()).isEqualTo("PT5H");
		assertThat(answer.get("percent").asDouble()).isEqualTo(37.5);
		assertThat(answer.get("due").asText()).isEqualTo("2026-03-11T09:00:00Z");
	}

	@Test
	void anOpenPauseLeavesNoDueTime() {
		JsonNode answer = ok("""
				{"calendar": %s, "within": "4h", "start": "2026-03-06T15:00:00Z",
				 "pauses": [{"from": "2026-03-06T15:30:00Z"}]}""".formatted(BERLIN_OFFICE));

		assertThat(answer.get("due").isNull()).isTrue();
	}

	@Test
	void aBadZoneIsABadRequestNamingTheField() {
		JsonNode problem = badRequest("""
				{"calendar": {"zone": "Europe/Berlim", "hours": {"mon-fri": ["09:00-17:00"]}},
				 "within": "4h", "start": "2026-03-06T15:00:00Z"}""");

		assertThat(problem.get("field").asText()).isEqualTo("calendar");
		assertThat(problem.get("detail").asText())
			.isEqualTo("calendar.zone: 'Europe/Berlim' is not an IANA time zone id; did you mean 'Europe/Berlin'?");
	}

	@Test
	void aDurationWithoutUnitOrWithDaysOnABusinessClockIsABadRequest() {
		assertThat(badRequest("""
				{"calendar": %s, "within": "4", "start": "2026-03-06T15:00:00Z"}""".formatted(BERLIN_OFFICE))
			.get("field")
			.asText()).isEqualTo("within");
		assertThat(badRequest("""
				{"calendar": %s, "within": "2d", "start": "2026-03-06T15:00:00Z"}""".formatted(BERLIN_OFFICE))
			.get("detail")
			.asText()).contains("counts days, but a business day has no fixed length");
	}

	@Test
	void aMalformedOrMissingInstantIsABadRequestNamingTheField() {
		JsonNode malformed = badRequest("""
				{"calendar": %s, "within": "4h", "start": "Friday afternoon"}""".formatted(BERLIN_OFFICE));
		JsonNode missing = badRequest("""
				{"calendar": %s, "within": "4h"}""".formatted(BERLIN_OFFICE));
		JsonNode pause = badRequest("""
				{"calendar": %s, "within": "4h", "start": "2026-03-06T15:00:00Z",
				 "pauses": [{"from": "2026-03-06T16:00:00Z", "to": "2026-03-06T15:00:00Z"}]}"""
			.formatted(BERLIN_OFFICE));

		assertThat(malformed.get("field").asText()).isEqualTo("start");
		assertThat(missing.get("detail").asText())
			.isEqualTo("start is missing; expected an instant such as" + " 2026-03-06T15:00:00Z");
		assertThat(pause.get("field").asText()).isEqualTo("pauses[0].to");
	}

	@Test
	void aTargetLongerThanAClockCanTimeIsABadRequestNamingWithinAndTheLongestTarget() {
		for (String within : new String[] { "999999999h", "P106751D", "9223372036854775807s" }) {
			JsonNode problem = badRequest("""
					{"clock": "24x7", "within": "%s", "start": "2026-03-06T15:00:00Z",
					 "pauses": [{"from": "2026-03-06T16:00:00Z"}], "at": "2026-03-07T00:00:00Z"}""".formatted(within));

			assertThat(problem.get("field").asText()).isEqualTo("within");
			assertThat(problem.get("detail").asText())
				.isEqualTo("within: '" + within + "' is longer than a clock can time; expected at most 43920h (1830d)");
		}
	}

	@Test
	void anInstantOutsideTheSupportedYearsIsABadRequestNamingTheFieldAndTheRange() {
		JsonNode start = badRequest("""
				{"clock": "24x7", "within": "4h", "start": "3000-03-06T15:00:00Z"}""");
		JsonNode at = badRequest("""
				{"clock": "24x7", "within": "4h", "start": "2026-03-06T15:00:00Z", "at": "1000-01-01T00:00:00Z"}""");
		JsonNode pause = badRequest("""
				{"calendar": %s, "within": "4h", "start": "2026-03-06T15:00:00Z",
				 "pauses": [{"from": "2026-03-06T16:00:00Z", "to": "9999-01-01T00:00:00Z"}]}"""
			.formatted(BERLIN_OFFICE));

		assertThat(start.get("field").asText()).isEqualTo("start");
		assertThat(start.get("detail").asText()).isEqualTo("start: 3000-03-06T15:00:00Z is outside the supported years"
				+ " 1678-2261; expected an instant from 1678-01-01T00:00:00Z to 2261-12-31T23:59:59.999999999Z");
		assertThat(at.get("field").asText()).isEqualTo("at");
		assertThat(pause.get("field").asText()).isEqualTo("pauses[0].to");
	}

	@Test
	void progressMeasuredFurtherAfterTheStartThanTheClockCountsIsABadRequest() {
		JsonNode problem = badRequest("""
				{"clock": "24x7", "within": "4h", "start": "1700-01-01T00:00:00Z", "at": "2200-01-01T00:00:00Z"}""");

		assertThat(problem.get("field").asText()).isEqualTo("at");
		assertThat(problem.get("detail").asText())
			.startsWith("at: 2200-01-01T00:00:00Z is more than 106751 days" + " after start 1700-01-01T00:00:00Z");
	}

	@Test
	void aRoundTheClockTargetNeedsNoCalendarAndCountsDays() {
		JsonNode answer = ok("""
				{"clock": "24x7", "within": "2d", "start": "2026-03-06T15:00:00Z"}""");

		assertThat(answer.get("due").asText()).isEqualTo("2026-03-08T15:00:00Z");
	}

	private JsonNode ok(String body) {
		ResponseEntity<JsonNode> response = post(body);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private JsonNode badRequest(String body) {
		ResponseEntity<JsonNode> response = post(body);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		return response.getBody();
	}

	private ResponseEntity<JsonNode> post(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return Logins.as(http, "cora")
			.postForEntity("/api/sla/preview", new HttpEntity<>(body, headers), JsonNode.class);
	}

}
