package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.policy.PolicyTexts.problems;
import static org.communityops.sla.policy.PolicyTexts.replacing;

import org.junit.jupiter.api.Test;

class FileProblemsTest {

	@Test
	void reportsAYamlSyntaxErrorAtItsPosition() {
		assertThat(problems(replacing("name: Northwind Traders community", "name: [Northwind"))).containsExactly(
				"northwind.yaml:2:7: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence at"
						+ " line 2); check the indentation, and quote values that contain ': ' or start with"
						+ " [ { * & ! | > % @ `");
	}

	@Test
	void reportsAnUnclosedFlowMapAtItsOpeningBrace() {
		assertThat(problems(replacing("{urgent: 1h, high: 2h, normal: 4h, low: 8h}", "{urgent: 1h, high: 2h")))
			.singleElement()
			.asString()
			.startsWith("northwind.yaml:24:18: invalid YAML: ")
			.contains("while parsing a flow mapping at line 24");
	}

	@Test
	void reportsAnAliasBombAtTheAliasBeyondTheLimit() {
		StringBuilder bomb = new StringBuilder(PolicyTexts.VALID).append("lol0: &a0 [x, x, x, x, x, x, x, x, x]\n");
		for (int level = 1; level <= 9; level++) {
			bomb.append("lol")
				.append(level)
				.append(": &a")
				.append(level)
				.append(" [")
				.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (level - 1))))
				.append("]\n");
		}
		// 9 aliases a line from lol1 on: the 51st is the sixth of lol6, in column 12 + 5
		// * 5
		long lol6 = PolicyTexts.VALID.lines().count() + 7;
		assertThat(problems(bomb.toString())).containsExactly("northwind.yaml:" + lol6 + ":37: invalid YAML: more than"
				+ " 50 aliases of lists or maps (here *a5), which can expand into billions of values; expected a policy"
				+ " written out without such aliases");
	}

	@Test
	void reportsDeepNestingAtTheLevelBeyondTheLimit() {
		long deep = PolicyTexts.VALID.lines().count() + 1;
		assertThat(problems(PolicyTexts.VALID + "deep: " + "[".repeat(200) + "]".repeat(200) + "\n")).singleElement()
			.asString()
			.startsWith("northwind.yaml:" + deep + ":")
			.endsWith(": invalid YAML: lists and maps nested more than 50 levels deep; expected a policy a few levels"
					+ " deep");
	}

	@Test
	void namesAControlCharacterAtItsPosition() {
		assertThat(problems(replacing("name: Northwind Traders community", "name: Northwind\u0007 Traders community")))
			.containsExactly("northwind.yaml:2:16: invalid YAML: the character U+0007 (BEL) is not allowed in YAML;"
					+ " remove it, or write it as an escape (e.g. \\t) inside double quotes");
	}

	@Test
	void reportsAnEmptyFile() {
		assertThat(problems("# nothing yet\n")).containsExactly(
				"northwind.yaml:1:1: the file is empty; expected a policy with client, name, contract, calendar and targets");
	}

	@Test
	void suggestsTheKeyThatWasMeantForAnUnknownKey() {
		assertThat(problems(replacing("    warn-at:", "    warn_at:")))
			.containsExactly("northwind.yaml:25:5: targets[0]: unknown key 'warn_at'; did you mean 'warn-at'?");
	}

	@Test
	void listsTheKnownKeysWhenNoneIsClose() {
		assertThat(problems(replacing("  credit-cap: 20%", "  credit-cap: 20%\n  penalties: none")))
			.containsExactly("northwind.yaml:10:3: contract: unknown key 'penalties'; expected one of id, effective,"
					+ " period, fee, currency, credit-cap");
	}

	@Test
	void reportsAMissingRequiredKeyWithAnExampleAtItsMap() {
		assertThat(problems(replacing("  currency: EUR\n", "")))
			.containsExactly("northwind.yaml:4:3: contract: missing required key 'currency', e.g. currency: EUR");
	}

	@Test
	void reportsAKeyGivenTwice() {
		assertThat(problems(replacing("name: Northwind Traders community", "name: Northwind\nname: Northwind Traders")))
			.containsExactly("northwind.yaml:3:1: key 'name' is given twice; expected each key once");
	}

	@Test
	void reportsAListWhereAMapIsExpected() {
		assertThat(problems(
				replacing("    country: DE\n    subdivision: be\n    dates: [2026-12-24, 2026-12-31]", "    - DE")))
			.containsExactly("northwind.yaml:16:5: calendar.holidays: found a list, expected a map with country,"
					+ " subdivision and dates");
	}

	@Test
	void reportsAnEmptyValue() {
		assertThat(problems(replacing("name: Northwind Traders community", "name:")))
			.containsExactly("northwind.yaml:2:6: name: empty, expected the client's name such as Northwind Traders");
	}

	@Test
	void requiresTheClientToBeALowercaseSlug() {
		assertThat(problems(replacing("client: northwind", "client: Northwind Traders")))
			.containsExactly("northwind.yaml:1:9: client: 'Northwind Traders' is not a lowercase slug; did you mean"
					+ " 'northwind-traders'?");
	}

	@Test
	void refusesTheSystemTenantAsClient() {
		assertThat(problems(replacing("client: northwind", "client: communityops-system")))
			.containsExactly("northwind.yaml:1:9: client: 'communityops-system' is the system tenant of the engine's"
					+ " own jobs and names no client; expected the client's own slug such as northwind");
	}

	@Test
	void reportsABadReportingPeriod() {
		assertThat(problems(replacing("  period: month", "  period: monthly"))).containsExactly(
				"northwind.yaml:6:11: contract.period: 'monthly' is not a reporting period; did you mean 'month'?");
		assertThat(problems(replacing("  period: month", "  period: weekly"))).containsExactly(
				"northwind.yaml:6:11: contract.period: 'weekly' is not a reporting period; expected month or quarter");
	}

	@Test
	void reportsABadCurrencyCode() {
		assertThat(problems(replacing("  currency: EUR", "  currency: EURO"))).containsExactly(
				"northwind.yaml:8:13: contract.currency: 'EURO' is not an ISO 4217 currency code; expected three"
						+ " capital letters such as EUR, USD or INR");
		assertThat(problems(replacing("  currency: EUR", "  currency: eur"))).containsExactly(
				"northwind.yaml:8:13: contract.currency: 'eur' is not an ISO 4217 currency code; did you mean 'EUR'?");
	}

	@Test
	void reportsABadDate() {
		assertThat(problems(replacing("  effective: 2026-01-01", "  effective: 2026-02-30"))).containsExactly(
				"northwind.yaml:5:14: contract.effective: '2026-02-30' is not a date; expected YYYY-MM-DD such as 2026-01-01");
	}

	@Test
	void reportsAFeeWithMoreDecimalsThanTheCurrencyHas() {
		assertThat(problems(replacing("  fee: 12000.00", "  fee: 12000.005"))).containsExactly(
				"northwind.yaml:7:8: contract.fee: '12000.005' has more decimals than EUR (2); expected e.g. 12000.00");
		assertThat(problems(replacing("  fee: 12000.00", "  fee: -5"))).containsExactly(
				"northwind.yaml:7:8: contract.fee: '-5' is not an amount; expected a number of zero or more such as 12000.00");
	}

	@Test
	void collectsEveryProblemOfAFileInFileOrder() {
		String yaml = PolicyTexts.VALID.replace("client: northwind", "client: North_Wind")
			.replace("  zone: Europe/Berlin", "  zone: Mars/Olympus_Mons")
			.replace("    warn-at: [50%, 75%]", "    warn-at: [50%, 75%]\n    objectve: 95%")
			.replace("    within: 16h", "    within: 16");

		assertThat(problems(yaml)).containsExactly(
				"northwind.yaml:1:9: client: 'North_Wind' is not a lowercase slug; did you mean 'north-wind'?",
				"northwind.yaml:11:9: calendar.zone: 'Mars/Olympus_Mons' is not an IANA time zone id; expected the form"
						+ " Region/City, such as Europe/Berlin or America/New_York",
				"northwind.yaml:26:5: targets[0]: unknown key 'objectve'; did you mean 'objective'?",
				"northwind.yaml:36:13: targets[1].within: '16' has no unit; expected e.g. 4h, 30m, 1h30m or ISO-8601 PT4H");
	}

}
