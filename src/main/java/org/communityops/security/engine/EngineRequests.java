package org.communityops.security.engine;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the engine API guard learned about a request, for the engine's errors to be read
 * in its light.
 */
public final class EngineRequests {

	/**
	 * Request attribute: the objects the request addresses were there when it began (a
	 * later miss is a race).
	 */
	private static final String ADDRESSED_OBJECTS_SEEN = EngineRequests.class.getName() + ".seen";

	private EngineRequests() {
	}

	/**
	 * Marks that the guard found every object the request addresses, visible to its
	 * caller.
	 */
	public static void addressedObjectsSeen(HttpServletRequest request) {
		request.setAttribute(ADDRESSED_OBJECTS_SEEN, Boolean.TRUE);
	}

	static boolean wereAddressedObjectsSeen(HttpServletRequest request) {
		return request != null && request.getAttribute(ADDRESSED_OBJECTS_SEEN) != null;
	}

}
