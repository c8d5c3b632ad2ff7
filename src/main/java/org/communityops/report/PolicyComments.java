package org.communityops.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy file's text without its YAML comments, for the client's edition of the PDF and
 * of the workbook (kept here so both use the same rule): the agency's notes to itself
 * ("the Saturday shift", why a target is set so) are not the client's to read. Whole-line
 * comments go; a trailing comment goes when its {@code #} follows a blank outside a
 * quoted scalar, as YAML reads it (an apostrophe inside a word opens no quote); blank
 * lines left at the top go too.
 */
public final class PolicyComments {

	private PolicyComments() {
	}

	public static String strip(String yaml) {
		List<String> kept = new ArrayList<>();
		for (String line : yaml.split("\r?\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#")) {
				continue;
			}
			String code = withoutTrailingComment(line).stripTrailing();
			if (!code.isEmpty() || !kept.isEmpty()) {
				kept.add(code);
			}
		}
		return String.join("\n", kept).strip();
	}

	private static String withoutTrailingComment(String line) {
		char quote = 0;
		for (int at = 0; at < line.length(); at++) {
			char c = line.charAt(at);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			}
			else if ((c == '"' || c == '\'') && (at == 0 || " \t:[{,-".indexOf(line.charAt(at - 1)) >= 0)) {
				quote = c;
			}
			else if (c == '#' && at > 0 && Character.isWhitespace(line.charAt(at - 1))) {
				return line.substring(0, at);
			}
		}
		return line;
	}

}
