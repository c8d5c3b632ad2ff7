package org.communityops.intake.discourse;

import java.util.regex.Pattern;

/**
 * The start of a post as a moderator reads it in a task form: markup stripped, spaces
 * collapsed, at most {@value #LENGTH} characters.
 */
final class Excerpt {

	static final int LENGTH = 500;

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private Excerpt() {
	}

	static String of(String post) {
		String text = SPACE.matcher(TAG.matcher(post).replaceAll(" ")).replaceAll(" ").strip();
		return text.length() <= LENGTH ? text : text.substring(0, LENGTH - 1) + "…";
	}

}
