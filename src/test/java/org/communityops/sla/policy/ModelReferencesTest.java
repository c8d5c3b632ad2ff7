package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelReferencesTest {

	private final ParsedPolicy parsed = PolicyParser.parse("northwind.yaml", PolicyTexts.VALID);

	@Test
	void findsNothingWhenEveryIdIsDeployed() {
		assertThat(ModelReferences.unknownModelReferences(parsed.policyOrThrow(), parsed.locations(),
				Set.of("ContentApprovalProcess", "MemberSupportProcess"),
				Set.of("Task_FirstResponse", "Task_ClientApproval")))
			.isEmpty();
	}

	@Test
	void warnsAtEachIdThatNoDeployedModelHas() {
		assertThat(ModelReferences.unknownModelReferences(parsed.policyOrThrow(), parsed.locations(),
				Set.of("ContentApprovalProces"), Set.of("Task_FirstResponse", "Task_ClientApprove")))
			.allMatch(problem -> !problem.isError())
			.map(PolicyProblem::toString)
			.containsExactly(
					"northwind.yaml:32:22: warning: targets[1].start.process: 'ContentApprovalProcess' is no deployed"
							+ " process; did you mean 'ContentApprovalProces'?",
					"northwind.yaml:34:19: warning: targets[1].pause-while[0]: 'Task_ClientApproval' is in no deployed"
							+ " process; did you mean 'Task_ClientApprove'?");
		assertThat(
				ModelReferences.unknownModelReferences(parsed.policyOrThrow(), parsed.locations(), Set.of(), Set.of()))
			.map(PolicyProblem::toString)
			.first()
			.isEqualTo("northwind.yaml:22:11: warning: targets[0].task: 'Task_FirstResponse' is in no deployed"
					+ " process; expected an element id of a deployed process (until there is one, this target's clock"
					+ " never starts)");
	}

}
