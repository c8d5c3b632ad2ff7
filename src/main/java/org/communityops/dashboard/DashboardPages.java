package org.communityops.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.communityops.identity.Caller;
import org.communityops.security.Page;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The frame of the dashboard's pages: who is signed in, where the work is, signing out,
 * the styles, and the page's scripts from {@code static/dashboard} (each after
 * {@code common.js}). Bodies are markup with {@code {base}} standing for the escaped
 * context path.
 */
final class DashboardPages {

	private static final String STYLE = """
			<style>body{max-width:76rem}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;
			padding:.4rem;text-align:left;vertical-align:top}td.number{text-align:right}.fail{color:#b00020}
			.pass{color:#1b5e20}ul.targets{list-style:none;margin:0;padding:0}tr.selectable{cursor:pointer}
			tr.selected{background:#eef3ff}form.inline input,form.inline select{display:inline-block;width:auto}
			form.inline button{margin:0 .3rem}section{margin-top:1.5rem}</style>""";

	private DashboardPages() {
	}

	static String page(String title, Caller caller, HttpServletRequest request, CsrfToken csrf, List<String> scripts,
			String body) {
		String base = HtmlUtils.htmlEscape(request.getContextPath());
		String head = STYLE + scripts.stream()
			.map(script -> "<script src=\"%s/dashboard/%s.js\" defer></script>".formatted(base, script))
			.collect(Collectors.joining("", "<script src=\"%s/dashboard/common.js\" defer></script>".formatted(base),
					""));
		return Page.html(title, head, header(caller, base, csrf) + body.replace("{base}", base));
	}

	/**
	 * Client users get no link to the clocks' raw JSON: their page is their compliance
	 * and approvals.
	 */
	private static String header(Caller caller, String base, CsrfToken csrf) {
		String clients = caller.clients().isEmpty() ? "none" : String.join(", ", caller.clients());
		String roles = caller.roles()
			.stream()
			.map(role -> role.name().toLowerCase().replace('_', ' '))
			.collect(Collectors.joining(", "));
		String data = caller.isClientSide() ? "<a href=\"%s/api/sla/policies\">Your SLA contract</a>".formatted(base)
				: "<a href=\"%1$s/api/sla/clocks\">SLA clocks</a>, <a href=\"%1$s/api/sla/policies\">SLA policies</a>"
					.formatted(base);
		return """
				<p>Signed in as <strong>%s</strong> (%s); clients: %s.</p>
				<ul>
				  <li><a href="%s/">Start page</a> · <a href="%s/camunda/app/tasklist/">Tasklist</a> (signs in
				  separately, same account)</li>
				  <li>%s</li>
				</ul>
				<form method="post" action="%s/logout"><input type="hidden" name="%s" value="%s">
				<button type="submit">Sign out</button></form>""".formatted(HtmlUtils.htmlEscape(caller.userId()),
				HtmlUtils.htmlEscape(roles), HtmlUtils.htmlEscape(clients), base, base, data, base,
				HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
