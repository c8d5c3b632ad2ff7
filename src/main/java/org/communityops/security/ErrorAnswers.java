package org.communityops.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.communityops.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * The application's {@code /error}, in place of Spring Boot's: where the servlet
 * container sends an error that no handler answered with a body (no such path, a method
 * or representation the path does not serve, an exception that escaped). An API request
 * ({@code /api}, {@code /engine-rest}, {@code /actuator}), or any request that does not
 * ask for HTML, gets a problem whatever it accepts; a browser asking for a page gets a
 * page.
 */
@Controller
@ConditionalOnWebApplication
class ErrorAnswers implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

	private static final List<String> APIS = List.of("/api/", "/engine-rest/", "/actuator/");

	private final ProblemResponses problems;

	private final ErrorAttributes errors;

	ErrorAnswers(ProblemResponses problems, ErrorAttributes errors) {
		this.problems = problems;
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String path = path(request);
		String detail = detail(request, response, status, path);
		if (!isApi(request, path) && asksForHtml(request)) {
			response.setStatus(status.value());
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.getWriter()
				.write(Page.html(status.getReasonPhrase(),
						"<p class=\"error\">%s</p>".formatted(HtmlUtils.htmlEscape(detail))));
			return;
		}
		problems.write(request, response, status, detail, Map.of("instance", path));
	}

	private String detail(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String path) {
		Throwable error = errors.getError(new ServletWebRequest(request));
		String method = request.getMethod();
		if (status == HttpStatus.NOT_FOUND) {
			return "Nothing at " + method + " " + path;
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			String allowed = response.getHeader(HttpHeaders.ALLOW);
			return method + " is not allowed on " + path + (allowed != null ? "; expected one of " + allowed : "");
		}
		if (status.is5xxServerError()) {
			log.error("Failed to answer {} {}", method, path, error);
			return "The server failed to answer " + method + " " + path + "; the error is logged";
		}
		if (error instanceof ErrorResponse described && described.getBody().getDetail() != null) {
			return described.getBody().getDetail();
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase();
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String path(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String text ? text : request.getRequestURI();
	}

	private static boolean isApi(HttpServletRequest request, String path) {
		String local = path.substring(Math.min(request.getContextPath().length(), path.length())) + "/";
		return APIS.stream().anyMatch(local::startsWith);
	}

	private static boolean asksForHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		try {
			return accept != null && MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
		}
		catch (IllegalArgumentException unreadable) {
			return false;
		}
	}

}
