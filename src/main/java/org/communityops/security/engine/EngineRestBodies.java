package org.communityops.security.engine;

import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A request body the engine REST API reads as nothing (an empty or blank body, or JSON
 * {@code null}) is a 400: every engine resource that takes a body dereferences it, so the
 * engine would answer a NullPointerException as a 500.
 */
@Provider
@Priority(1)
class EngineRestBodies implements ReaderInterceptor {

	static final String NO_BODY = "This request needs a JSON object as its body; the body was empty or null";

	@Override
	public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
		Object body = context.proceed();
		if (body == null) {
			throw new RestException(Response.Status.BAD_REQUEST, NO_BODY);
		}
		return body;
	}

}
