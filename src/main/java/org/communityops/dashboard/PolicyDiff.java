package org.communityops.dashboard;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * What changed from one version of a policy file to the next, as the lines of a unified
 * diff with three lines of context: each a hunk heading ({@code @@ -12,4 +12,5 @@}), a
 * line kept, removed or added.
 */
final class PolicyDiff {

	private static final int CONTEXT = 3;

	private PolicyDiff() {
	}

	/** The lines of the diff; none when the texts are the same. */
	static List<Line> between(String older, String newer) {
		List<String> before = lines(older);
		List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", before,
				DiffUtils.diff(before, lines(newer)), CONTEXT);
		return unified.stream().skip(2).map(Line::of).toList();
	}

	private static List<String> lines(String text) {
		return List.of(text.split("\r?\n", -1));
	}

	/**
	 * @param kind {@code hunk}, {@code same}, {@code removed} or {@code added}, also the
	 * line's CSS class
	 * @param text the line without its diff mark
	 */
	record Line(String kind, String mark, String text) {

		static Line of(String unified) {
			if (unified.startsWith("@@")) {
				return new Line("hunk", "", unified);
			}
			String text = unified.isEmpty() ? "" : unified.substring(1);
			return switch (unified.isEmpty() ? ' ' : unified.charAt(0)) {
				case '-' -> new Line("removed", "-", text);
				case '+' -> new Line("added", "+", text);
				default -> new Line("same", " ", text);
			};
		}

	}

}
