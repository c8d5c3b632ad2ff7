package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DemoPoliciesTest {

	static final Path FOLDER = Path.of("sla-policies");

	private static final Set<String> PROCESSES = Set.of("ContentApprovalProcess", "MemberSupportProcess",
			"ClientOnboardingProcess", "EscalationProcess", "VendorReviewProcess");

	private static final Set<String> ELEMENTS = Set.of("StartEvent_ContentRequested", "Task_DraftContent",
			"Task_ReviewContent", "Task_ClientApproval", "Task_ReviseContent", "Task_PublishContent", "Task_Triage",
			"Task_FirstResponse", "Task_ResolveRequest", "Task_ProductTeamFollowUp", "EndEvent_RequestResolved",
			"Event_MemberReplied", "Task_KickoffCall", "Task_DraftGuidelines", "Task_ClientApproveGuidelines",
			"Task_ConfigurePlatform", "Task_LaunchChecklist", "Task_AcknowledgeEscalation", "Task_ResolveEscalation",
			"Task_ClientSignOff");

	static List<Path> demoFiles() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
		}
	}

	@Test
	void everyDemoPolicyParsesWithoutAnyProblem() throws IOException {
		List<ParsedPolicy> parsed = new ArrayList<>();
		for (Path file : demoFiles()) {
			parsed.add(PolicyParser.parse(file));
		}

		assertThat(parsed).map(ParsedPolicy::file)
			.containsExactly("globex.yaml", "hooli.yaml", "initech.yaml", "northwind.yaml");
		assertThat(parsed).flatMap(ParsedPolicy::problems).isEmpty();
		assertThat(PolicySet.check(parsed)).isEmpty();
	}

	@Test
	void everyDemoPolicyReferencesOnlyTheAgencysProcessModels() throws IOException {
		for (Path file : demoFiles()) {
			ParsedPolicy parsed = PolicyParser.parse(file);
			assertThat(ModelReferences.unknownModelReferences(parsed.policyOrThrow(), parsed.locations(), PROCESSES,
					ELEMENTS))
				.as(file.toString())
				.isEmpty();
		}
	}

	@Test
	void everyDemoFileNamesItsClientAndPointsEditorsAtTheSchema() throws IOException {
		for (Path file : demoFiles()) {
			String client = PolicyParser.parse(file).policyOrThrow().client();
			assertThat(file.getFileName()).hasToString(client + ".yaml");
			assertThat(Files.readAllLines(file).get(0))
				.isEqualTo("# yaml-language-server: $schema=../docs/sla-policy.schema.json");
		}
	}

}
