package org.communityops.sla.preview;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A preview question: a calendar in the shape of a policy file's {@code calendar:}, a
 * time allowance, a start, pauses, and optionally the instant at which to measure
 * progress. Instants are UTC ({@code 2026-03-06T15:00:00Z}).
 *
 * @param clock {@code business} (default) or {@code 24x7}; a 24x7 clock needs no calendar
 * @param pauses each from an instant to an instant, or without {@code to} while the pause
 * lasts
 */
record PreviewRequest(JsonNode calendar, String within, String clock, Instant start, List<Pause> pauses, Instant at) {

	record Pause(Instant from, Instant to) {
	}

}
