package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyCommentsTest {

	@Test
	void dropsWholeLineAndTrailingCommentsButKeepsHashesInsideValues() {
		String yaml = """
				# Northwind: moderated from Berlin
				client: northwind
				name: Northwind's community   # an apostrophe opens no quote
				calendar:
				  hours:
				    sat: ["10:00-14:00"]          # the Saturday shift
				  note: "tickets #1 and #2"
				  tag: a#b
				""";

		assertThat(PolicyComments.strip(yaml)).isEqualTo("""
				client: northwind
				name: Northwind's community
				calendar:
				  hours:
				    sat: ["10:00-14:00"]
				  note: "tickets #1 and #2"
				  tag: a#b""");
	}

}
