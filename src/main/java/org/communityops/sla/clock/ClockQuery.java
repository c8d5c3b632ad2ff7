package org.communityops.sla.clock;

import org.communityops.web.BadRequestException;

/**
 * A search for clocks as the list endpoint takes it: every filter optional, one page of results.
 *
 * @param status null for clocks in any state
 */
record ClockQuery(String client, ClockStatus status, String targetId, int page, int size) {

	static final int MAX_SIZE = 500;

	static final int DEFAULT_SIZE = 50;

	/** Reads the request parameters as sent; a bad one is a {@link BadRequestException} naming it. */
	static ClockQuery parse(String client, String state, String target, String page, String size) {
		ClockStatus status = blank(state) ? null : ClockStatus.fromKey(state.trim())
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
		return new ClockQuery(blank(client) ? null : client.trim(), status, blank(target) ? null : target.trim(),
				pageNumber, pageSize);
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
