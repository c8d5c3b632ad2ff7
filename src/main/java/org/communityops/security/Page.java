package org.communityops.security;

import org.springframework.web.util.HtmlUtils;

/** The frame of CommunityOps' own server-rendered pages: no scripts, no front-end build. */
final class Page {

	private Page() {
	}

	static String html(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>%s · CommunityOps</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}
				label{display:block;margin:.6rem 0}input{display:block;padding:.3rem;width:16rem}
				button{margin-top:.6rem;padding:.4rem 1rem}.error{color:#b00020}</style></head>
				<body><h1>%s</h1>
				%s
				</body></html>""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), body);
	}

}
