package org.communityops.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The engine REST API's mapping of exceptions, as the engine's own handlers do it, except that:
 * <ul>
 * <li>a request that lost a race is 409 Conflict: the task was claimed meanwhile (TaskAlreadyClaimedException), or
 * someone changed the same task or its SLA clock in the same moment (the engine's OptimisticLockingException, or the
 * clock's, which reaches us wrapped by the task listener);</li>
 * <li>a bad request the API wrapped as a server error (e.g. a start refused for want of a client) stays 400.</li>
 * </ul>
 * The mappers take precedence over the engine's by their priority.
 */
final class EngineRestExceptions {

	private EngineRestExceptions() {
	}

	static Response toResponse(Exception exception) {
		Throwable conflict = find(exception, TaskAlreadyClaimedException.class, OptimisticLockingException.class,
				ConcurrencyFailureException.class);
		if (conflict != null) {
			return respond(Response.Status.CONFLICT,
					conflict instanceof ConcurrencyFailureException ? OptimisticLockingException.class : conflict.getClass(),
					conflict instanceof TaskAlreadyClaimedException ? conflict.getMessage()
							: "Someone else changed this at the same moment; read it again and retry");
		}
		Throwable badRequest = find(exception, BadUserRequestException.class);
		if (exception instanceof RestException rest && rest.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
				&& badRequest != null) {
			return respond(Response.Status.BAD_REQUEST, badRequest.getClass(), badRequest.getMessage());
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
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

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return EngineRestExceptions.toResponse(exception);
		}

	}

	@Provider
	@Priority(1)
	static class RestErrors implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			return EngineRestExceptions.toResponse(exception);
		}

	}

}
