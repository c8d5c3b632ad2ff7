package org.communityops.sla.clock;

import java.time.Instant;

import org.communityops.web.BadRequestException;

/**
 * A search for clocks ({@link ClockSearch#find}): every filter optional, one page of
 * results, in the one order of the search. The list endpoint reads it from its request
 * parameters ({@link #parse}); the dashboard builds its questions from {@link #ofClient}
 * ("the client's at-risk clocks", "its open breaches and those since the period began").
 *
 * @param client null for the clocks of every client the caller sees
 * @param status null for clocks in any state
 * @param targetId null for clocks of any target
 * @param openOrBreachedSince null for clocks whenever they breached or stopped; else only
 * those still open and those that breached at or after it
 */
public record ClockQuery(String client, ClockStatus status, String targetId, Instant openOrBreachedSince, int page,
		int size) {

	static final int MAX_SIZE = 500;

	static final int DEFAULT_SIZE = 50;

	/**
	 * Reads the request parameters as sent; a bad one is a {@link BadRequestException}
	 * naming it.
	 */
	static ClockQuery parse(String client, String state, String target, String page, String size) {
		ClockStatus status = blank(state) ? null
				: ClockStatus.fromKey(state.trim())
					.orElseThrow(() -> new BadRequestException("state",
							"Unknown state '" + state + "'; expected one of " + ClockStatus.keys()));
		int pageNumber = number("page", page, 0);
		if (pageNumber < 0) {
			throw new BadRequestException("page", "page must be 0 or more, not " + pageNumber);
		}
		int pageSize = number("size", size, DEFAULT_SIZE);
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			throw new BadRequestException("size", "size must be between 1 and " + MAX_SIZE + ", not " + pageSize);
		}
		return new ClockQuery(blank(client) ? null : client.trim(), status, blank(target) ? null : target.trim(), null,
				pageNumber, pageSize);
	}

	/** The client's clocks in any state, the first page of the default size. */
	public static ClockQuery ofClient(String client) {
		return new ClockQuery(client, null, null, null, 0, DEFAULT_SIZE);
	}

	/** Only the clocks in this state. */
	public ClockQuery withStatus(ClockStatus status) {
		return new ClockQuery(client, status, targetId, openOrBreachedSince, page, size);
	}

	/** Only the clocks still open, and those that breached at or after {@code since}. */
	public ClockQuery openOrBreachedSince(Instant since) {
		return new ClockQuery(client, status, targetId, since, page, size);
	}

	/** The first {@code limit} clocks, 1 to {@value #MAX_SIZE}. */
	public ClockQuery first(int limit) {
		if (limit < 1 || limit > MAX_SIZE) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_SIZE + ", not " + limit);
		}
		return new ClockQuery(client, status, targetId, openOrBreachedSince, 0, limit);
	}

	long offset() {
		return (long) page * size;
	}

	private static int number(String name, String value, int absent) {
		if (blank(value)) {
			return absent;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(name, name + " must be a whole number, not '" + value + "'");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
