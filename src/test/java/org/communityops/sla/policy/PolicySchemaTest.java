package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema that editors use accepts what the parser accepts, and rejects the
 * common mistakes too.
 */
class PolicySchemaTest {

	private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(read(Path.of("docs/sla-policy.schema.json")), InputFormat.JSON);

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> violations(String yaml) {
		return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
	}

	@Test
	void acceptsEveryDemoPolicy() throws IOException {
		for (Path file : DemoPoliciesTest.demoFiles()) {
			assertThat(violations(read(file))).as(file.toString()).isEmpty();
		}
	}

	@Test
	void acceptsTheDocumentedExample() {
		assertThat(violations(PolicyTexts.VALID)).isEmpty();
	}

	@Test
	void rejectsAnUnknownKey() {
		assertThat(violations(PolicyTexts.replacing("    warn-at:", "    warn_at:")))
			.containsExactly("/targets/0: property 'warn_at' is not defined in the schema and the schema does not"
					+ " allow additional properties");
	}

	@Test
	void rejectsWhatTheParserRejects() {
		assertThat(violations(PolicyTexts.replacing("    within: 4h", "    within: 4"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("    within: 16h", "    within: 2d"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("    objective: 95%", "    objective: 120%"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("    sat:", "    tues:"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("\"10:00-14:00\"", "\"10:00-25:00\""))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("  period: month", "  period: monthly"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("client: northwind", "client: Northwind"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("client: northwind", "client: communityops-system"))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("    task: Task_FirstResponse\n", ""))).isNotEmpty();
		assertThat(violations(PolicyTexts.replacing("    objective: 95%\n", ""))).isNotEmpty();
		assertThat(violations(
				PolicyTexts.replacing("    within: 4h\n    by-priority: {urgent: 1h, high: 2h, normal: 4h, low: 8h}",
						"    by-priority: {urgent: 1h}")))
			.isNotEmpty();
	}

	@Test
	void acceptsDaysOnA24x7ClockAndIsoDurations() {
		assertThat(violations(
				PolicyTexts.replacing("    within: 16h\n    clock: business", "    within: P2D\n    clock: 24x7")))
			.isEmpty();
		assertThat(violations(PolicyTexts.replacing("    within: 16h", "    within: PT1H30M"))).isEmpty();
	}

}
