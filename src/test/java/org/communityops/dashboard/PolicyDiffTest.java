package org.communityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.communityops.dashboard.PolicyDiff.Line;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {

	@Test
	void showsAChangedLineAsRemovedAndAddedWithItsContext() {
		String older = "client: acme\ntargets:\n  - id: triage\n    within: 2h\n    objective: 95%\n";
		String newer = "client: acme\ntargets:\n  - id: triage\n    within: 90m\n    objective: 95%\n";

		assertThat(PolicyDiff.between(older, newer)).containsExactly(new Line("hunk", "", "@@ -1,6 +1,6 @@"),
				new Line("same", " ", "client: acme"), new Line("same", " ", "targets:"),
				new Line("same", " ", "  - id: triage"), new Line("removed", "-", "    within: 2h"),
				new Line("added", "+", "    within: 90m"), new Line("same", " ", "    objective: 95%"),
				new Line("same", " ", ""));
	}

	@Test
	void isEmptyForTheSameText() {
		assertThat(PolicyDiff.between("a: 1\n", "a: 1\n")).isEmpty();
	}

	@Test
	void keepsOnlyThreeLinesOfContextAroundAChange() {
		String older = String.join("\n", List.of("a", "b", "c", "d", "e", "f", "g", "h"));
		String newer = String.join("\n", List.of("a", "b", "c", "d", "e", "f", "g", "H"));

		assertThat(PolicyDiff.between(older, newer)).extracting(Line::text)
			.containsExactly("@@ -5,4 +5,4 @@", "e", "f", "g", "h", "H");
	}

}
