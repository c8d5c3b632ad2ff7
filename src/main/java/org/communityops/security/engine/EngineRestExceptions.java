package org.communityops.security.engine;

import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The engine REST APIs' mapping of exceptions, as the engine's own handlers do it, except
 * that:
 * <ul>
 * <li>a request that lost a race is 409 Conflict: the task was claimed meanwhile
 * (TaskAlreadyClaimedException), someone changed the same task or its SLA clock in the
 * same moment (the engine's OptimisticLockingException, or the clock's), two requests
 * inserted the same row (a unique key), or an object the request addressed, there when it
 * began (the engine API guard, {@link EngineRequests}), was removed by another request
 * before it was done;</li>
 * <li>an object that is not there is 404, not the engine's 500 for a null value;</li>
 * <li>a bad request the API or the engine wrapped as a server error (e.g. a start refused
 * for want of a client, a value too long for the engine's columns, refused by
 * {@code EngineColumnLimits} before the database sees it), or a value the database
 * refuses as too long or malformed, is 400;</li>
 * <li>a value the API cannot convert as sent ({@code IllegalArgumentException} from the
 * REST layer, e.g. a File variable without {@code valueInfo}) is 400, not the server
 * error the engine's catch-all handler makes of it.</li>
 * </ul>
 * The mappers take precedence over the engine's by their priority;
 * {@link EngineRestProviders} adds them to both engine APIs.
 */
final class EngineRestExceptions {

	private static final String CHANGED_MEANWHILE = "Someone else changed this at the same moment; read it again and retry";

	private EngineRestExceptions() {
	}

	static Response toResponse(Exception exception, HttpServletRequest request) {
		if (exception instanceof IllegalArgumentException unconvertible) {
			return respond(Response.Status.BAD_REQUEST, unconvertible.getClass(), unconvertible.getMessage());
		}
		Throwable conflict = find(exception, TaskAlreadyClaimedException.class, OptimisticLockingException.class,
				ConcurrencyFailureException.class);
		if (conflict != null) {
			return respond(Response.Status.CONFLICT,
					conflict instanceof ConcurrencyFailureException ? OptimisticLockingException.class
							: conflict.getClass(),
					conflict instanceof TaskAlreadyClaimedException ? conflict.getMessage() : CHANGED_MEANWHILE);
		}
		SQLException refused = (SQLException) find(exception, SQLException.class);
		if (refused != null && refused.getSQLState() != null) {
			if (refused.getSQLState().startsWith("23")) {
				return respond(Response.Status.CONFLICT, OptimisticLockingException.class, CHANGED_MEANWHILE);
			}
			if (refused.getSQLState().startsWith("22")) {
				return respond(Response.Status.BAD_REQUEST, BadUserRequestException.class,
						"A value is too long or malformed for where the engine keeps it");
			}
		}
		Throwable missing = find(exception, NullValueException.class);
		if (missing != null) {
			return missing(missing, request);
		}
		Response response = ExceptionHandlerHelper.getInstance().getResponse(exception);
		Throwable badRequest = find(exception, BadUserRequestException.class);
		if (response.getStatus() == Response.Status.INTERNAL_SERVER_ERROR.getStatusCode() && badRequest != null) {
			return respond(Response.Status.BAD_REQUEST, badRequest.getClass(), badRequest.getMessage());
		}
		return response;
	}

	/**
	 * The engine's "x is null": a race when the request's objects were there as it began
	 * and it changes them; an object not there when the engine says it found none;
	 * otherwise a value the request left out.
	 */
	private static Response missing(Throwable missing, HttpServletRequest request) {
		String message = String.valueOf(missing.getMessage());
		boolean seen = EngineRequests.wereAddressedObjectsSeen(request);
		if (seen && !"GET".equals(request.getMethod())) {
			return respond(Response.Status.CONFLICT, OptimisticLockingException.class,
					"Someone else changed or removed this at the same moment; read it again");
		}
		boolean notFound = message.contains("found") || message.contains("find") || message.contains("exist");
		return respond(notFound ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST, missing.getClass(), message);
	}

	private static Response respond(Response.Status status, Class<?> type, String message) {
		ExceptionDto dto = new ExceptionDto();
		dto.setType(type.getSimpleName());
		dto.setMessage(message);
		return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	@SafeVarargs
	private static Throwable find(Throwable exception, Class<? extends Throwable>... types) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> type : types) {
				if (type.isInstance(cause)) {
					return cause;
				}
			}
		}
		return null;
	}

	@Provider
	@Priority(1)
	static class EngineErrors implements ExceptionMapper<ProcessEngineException> {

		@Context
		HttpServletRequest request;

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return EngineRestExceptions.toResponse(exception, request);
		}

	}

	@Provider
	@Priority(1)
	static class RestErrors implements ExceptionMapper<RestException> {

		@Context
		HttpServletRequest request;

		@Override
		public Response toResponse(RestException exception) {
			return EngineRestExceptions.toResponse(exception, request);
		}

	}

	/**
	 * Exceptions of our own code (e.g. the SLA clock's optimistic lock), which the
	 * engine's handlers make 500s.
	 */
	@Provider
	@Priority(1)
	static class OtherErrors implements ExceptionMapper<RuntimeException> {

		@Context
		HttpServletRequest request;

		@Override
		public Response toResponse(RuntimeException exception) {
			return EngineRestExceptions.toResponse(exception, request);
		}

	}

}
