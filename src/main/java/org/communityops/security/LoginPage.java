package org.communityops.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form of the pages, server-rendered, carrying the CSRF token that its POST
 * must send back.
 */
@Controller
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(HttpServletRequest request, CsrfToken csrf) {
		String notice = request.getParameter("error") != null ? "<p class=\"error\">Unknown user or wrong password.</p>"
				: request.getParameter("logout") != null ? "<p>You are signed out.</p>" : "";
		return Page.html("Sign in",
				notice + """
						<form method="post" action="%s/login">
						  <label>User <input name="username" autocomplete="username" required autofocus></label>
						  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
						  <input type="hidden" name="%s" value="%s">
						  <button type="submit">Sign in</button>
						</form>
						<p>Tasklist, Cockpit and Admin have their own sign-in at <a href="%s/camunda">/camunda</a>,
						with the same accounts.</p>"""
					.formatted(request.getContextPath(), HtmlUtils.htmlEscape(csrf.getParameterName()),
							HtmlUtils.htmlEscape(csrf.getToken()), request.getContextPath()));
	}

}
