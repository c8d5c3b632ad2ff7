package org.communityops.security;

import org.springframework.web.util.HtmlUtils;

/**
 * The frame of CommunityOps' own server-rendered pages: no front-end build; a page that
 * updates itself adds a small script of its own from {@code static/}.
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
				<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}
				label{display:block;margin:.6rem 0}input{display:block;padding:.3rem;width:16rem}
				button{margin-top:.6rem;padding:.4rem 1rem}.error{color:#b00020}</style>%s</head>
				<body><h1>%s</h1>
				%s
				</body></html>""".formatted(HtmlUtils.htmlEscape(title), head, HtmlUtils.htmlEscape(title), body);
	}

}
