package org.communityops.sla.preview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.calendar.Pause;
import org.communityops.sla.calendar.SlaProgress;
import org.communityops.sla.policy.ClockKind;
import org.communityops.sla.policy.ParsedCalendar;
import org.communityops.sla.policy.PolicyParser;
import org.communityops.sla.policy.PolicyProblem;
import org.communityops.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers "when would this be due?" for a draft calendar, and how far a clock would be at
 * a given instant. The due instant is null while an open pause holds the clock before the
 * allowance is used up.
 */
@RestController
class PreviewController {

	@PostMapping("/api/sla/preview")
	Map<String, Object> preview(@RequestBody PreviewRequest request) {
		ClockKind clock = clock(request.clock());
		Duration within = within(request.within(), clock);
		Instant start = supported(required(request.start(), "start", "an instant such as 2026-03-06T15:00:00Z"),
				"start");
		Instant at = measurable(start, supported(request.at(), "at"));
		BusinessCalendar calendar = clock == ClockKind.TWENTY_FOUR_SEVEN ? BusinessCalendar.alwaysOpen()
				: calendar(request.calendar());
		List<Pause> pauses = pauses(request.pauses());
		Map<String, Object> answer = new LinkedHashMap<>();
		try {
			if (at == null) {
				answer.put("due", calendar.due(start, within, pauses).orElse(null));
				return answer;
			}
			SlaProgress progress = calendar.progress(start, within, pauses, at);
			answer.put("due", progress.due().orElse(null));
			answer.put("elapsed", progress.elapsed().toString());
			answer.put("remaining", progress.remaining().toString());
			answer.put("percent", progress.percent());
			return answer;
		}
		catch (IllegalStateException ex) {
			throw new BadRequestException("calendar", ex.getMessage());
		}
	}

	private static ClockKind clock(String clock) {
		if (clock == null || clock.equals("business")) {
			return ClockKind.BUSINESS;
		}
		if (clock.equals("24x7")) {
			return ClockKind.TWENTY_FOUR_SEVEN;
		}
		throw new BadRequestException("clock", "clock: '" + clock + "' is not a clock; expected business or 24x7");
	}

	private static Duration within(String within, ClockKind clock) {
		required(within, "within", "a duration such as 4h, 30m, 1h30m or PT4H");
		try {
			return PolicyParser.parseWithin(within, clock);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("within", "within: " + ex.getMessage());
		}
	}

	private static BusinessCalendar calendar(JsonNode calendar) {
		required(calendar, "calendar", "a calendar like a policy file's, e.g. {\"zone\": \"Europe/Berlin\", "
				+ "\"hours\": {\"mon-fri\": [\"09:00-17:00\"]}}");
		ParsedCalendar parsed = PolicyParser.parseCalendar("calendar", calendar.toString());
		if (!parsed.errors().isEmpty()) {
			throw invalidCalendar(parsed.errors());
		}
		return parsed.calendar().orElseThrow().toBusinessCalendar();
	}

	private static ErrorResponseException invalidCalendar(List<PolicyProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join("; ", errors.stream().map(PolicyProblem::message).toList()));
		problem.setTitle("Invalid calendar");
		problem.setProperty("field", "calendar");
		problem.setProperty("errors", errors.stream().map(PolicyProblem::message).toList());
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	private static List<Pause> pauses(List<PreviewRequest.Pause> pauses) {
		List<Pause> result = new ArrayList<>();
		for (int i = 0; pauses != null && i < pauses.size(); i++) {
			PreviewRequest.Pause pause = pauses.get(i);
			String field = "pauses[" + i + "]";
			Instant from = supported(required(pause == null ? null : pause.from(), field + ".from", "an instant"),
					field + ".from");
			if (supported(pause.to(), field + ".to") != null && pause.to().isBefore(from)) {
				throw new BadRequestException(field + ".to", field + ".to: " + pause.to()
						+ " is before from; expected an instant after " + from + ", or no to while the pause lasts");
			}
			result.add(pause.to() == null ? Pause.openSince(from) : Pause.between(from, pause.to()));
		}
		return result;
	}

	/**
	 * {@code instant} unless it is outside the years the calendar arithmetic takes; null
	 * stays null.
	 */
	private static Instant supported(Instant instant, String field) {
		if (instant != null && !BusinessCalendar.supports(instant)) {
			throw new BadRequestException(field, field + ": " + instant + " is outside the supported years 1678-2261;"
					+ " expected an instant from " + BusinessCalendar.EARLIEST + " to " + BusinessCalendar.LATEST);
		}
		return instant;
	}

	/** {@code at} unless it is further after the start than the calendar measures. */
	private static Instant measurable(Instant start, Instant at) {
		Duration longest = BusinessCalendar.LONGEST_SPAN;
		if (at != null && Duration.between(start, at).compareTo(longest) > 0) {
			throw new BadRequestException("at", "at: " + at + " is more than " + longest.toDays() + " days after start "
					+ start + "; expected an instant before " + start.plus(longest));
		}
		return at;
	}

	private static <T> T required(T value, String field, String expected) {
		if (value == null) {
			throw new BadRequestException(field, field + " is missing; expected " + expected);
		}
		return value;
	}

}
