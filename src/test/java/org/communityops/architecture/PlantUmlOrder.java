package org.communityops.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * Spring Modulith writes a diagram's components and relations in an order that changes
 * from run to run; sorted within each run of like lines, the files change only when the
 * modules do.
 */
final class PlantUmlOrder {

	private PlantUmlOrder() {
	}

	static List<String> sorted(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String lineKind = kind(line);
			if (lineKind == null || !lineKind.equals(kind)) {
				flush(run, result);
			}
			kind = lineKind;
			if (lineKind == null) {
				result.add(line);
			}
			else {
				run.add(line);
			}
		}
		flush(run, result);
		return result;
	}

	private static String kind(String line) {
		String trimmed = line.strip();
		for (String kind : List.of("Component(", "Rel(", "Rel_")) {
			if (trimmed.startsWith(kind)) {
				return kind;
			}
		}
		return null;
	}

	private static void flush(List<String> run, List<String> result) {
		run.sort(null);
		result.addAll(run);
		run.clear();
	}

}
