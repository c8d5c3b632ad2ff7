package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PolicySetTest {

	@Test
	void reportsTwoFilesForOneClientNamingBoth() {
		ParsedPolicy first = PolicyParser.parse("northwind.yaml", PolicyTexts.VALID);
		ParsedPolicy second = PolicyParser.parse("northwind-2027.yaml", "# next year's terms\n" + PolicyTexts.VALID);

		assertThat(PolicySet.check(List.of(first, second))).map(PolicyProblem::toString)
			.containsExactly("northwind-2027.yaml:2:9: client: 'northwind' is also the client of northwind.yaml:1:9;"
					+ " expected one file per client (merge the two files, or rename one client)");
	}

	@Test
	void acceptsOneFilePerClientAndSkipsFilesWithErrors() {
		ParsedPolicy northwind = PolicyParser.parse("northwind.yaml", PolicyTexts.VALID);
		ParsedPolicy globex = PolicyParser.parse("globex.yaml", PolicyTexts.VALID.replace("northwind", "globex"));
		ParsedPolicy broken = PolicyParser.parse("old.yaml", PolicyTexts.VALID.replace("within: 4h", "within: 4"));

		assertThat(PolicySet.check(List.of(northwind, globex, broken))).isEmpty();
	}

}
