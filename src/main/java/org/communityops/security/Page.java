package org.communityops.security;

import org.springframework.web.util.HtmlUtils;

/**
 * The frame of the pages that come before or outside the dashboard (sign-in, error
 * pages), with the dashboard's stylesheet ({@code static/css/communityops.css}) and
 * favicon; the dashboard's own pages are Thymeleaf templates ({@code templates/pages}).
 */
public final class Page {

	private Page() {
	}

	public static String html(String title, String body) {
		return html(title, "", body);
	}

	/**
	 * @param head markup added to the head, such as a page's script and styles; not
	 * escaped
	 */
	public static String html(String title, String head, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>%s · CommunityOps</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<link rel="icon" type="image/svg+xml" href="/favicon.svg">
				<link rel="stylesheet" href="/css/communityops.css">%s</head>
				<body><header class="bar"><span class="brand">CommunityOps</span></header>
				<main class="narrow"><h1>%s</h1>
				%s
				</main></body></html>""".formatted(HtmlUtils.htmlEscape(title), head, HtmlUtils.htmlEscape(title),
				body);
	}

}
