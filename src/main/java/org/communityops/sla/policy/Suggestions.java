package org.communityops.sla.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a misspelt key or value: the closest option by Levenshtein
 * distance, if close enough.
 */
final class Suggestions {

	private Suggestions() {
	}

	static Optional<String> closest(String given, Collection<String> options) {
		String normal = normalize(given);
		return options.stream()
			.filter(option -> isClose(normal, normalize(option)))
			.min(Comparator.comparingInt(option -> distance(normal, normalize(option))));
	}

	/**
	 * {@code "; did you mean 'x'?"} or, without a close option,
	 * {@code "; expected " + otherwise}.
	 */
	static String didYouMean(String given, Collection<String> options, String otherwise) {
		return closest(given, options).map(option -> "; did you mean '" + option + "'?")
			.orElse("; expected " + otherwise);
	}

	private static boolean isClose(String given, String option) {
		int distance = distance(given, option);
		return distance <= Math.max(2, option.length() / 3) && distance < Math.max(given.length(), option.length());
	}

	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
