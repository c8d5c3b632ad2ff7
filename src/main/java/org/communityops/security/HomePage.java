package org.communityops.security;

import jakarta.servlet.http.HttpServletRequest;
import org.communityops.identity.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The start page after sign-in: who you are, which clients you see, and where the work is. */
@Controller
class HomePage {

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String home(@AuthenticationPrincipal Caller caller, HttpServletRequest request, CsrfToken csrf) {
		String base = request.getContextPath();
		String clients = caller.clients().isEmpty() ? "none" : String.join(", ", caller.clients());
		return Page.html("CommunityOps", """
				<p>Signed in as <strong>%s</strong> (%s); clients: %s.</p>
				<ul>
				  <li><a href="%s/camunda/app/tasklist/">Tasklist</a> (signs in separately, same account)</li>
				  <li><a href="%s/api/sla/clocks">SLA clocks</a>, <a href="%s/api/sla/policies">SLA policies</a></li>
				</ul>
				<form method="post" action="%s/logout"><input type="hidden" name="%s" value="%s">
				<button type="submit">Sign out</button></form>""".formatted(HtmlUtils.htmlEscape(caller.userId()),
				HtmlUtils.htmlEscape(caller.roles().toString().toLowerCase()), HtmlUtils.htmlEscape(clients), base, base,
				base, base, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
	}

}
