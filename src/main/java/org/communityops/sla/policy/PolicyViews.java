package org.communityops.sla.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the policy API answers: records shaped for JSON, built from the registry. */
final class PolicyViews {

	private PolicyViews() {
	}

	record Overview(List<Summary> policies, List<Problem> problems) {
	}

	record Detail(String client, boolean inForce, Summary current, List<Version> history, List<Problem> problems) {
	}

	record Summary(String client, String name, String file, int version, LocalDate effective, Instant loadedAt,
			String contentSha256, String contractId, String period, List<Target> targets, List<Problem> problems) {

		static Summary of(PolicyVersion version, List<PolicyProblem> problems) {
			SlaPolicy policy = version.policy();
			return new Summary(version.client(), policy.name(), version.file(), version.version(), version.effective(),
					version.loadedAt(), version.contentSha256(), policy.contract().id(),
					policy.contract().period().key(),
					policy.targets()
						.stream()
						.map(target -> new Target(target.id(), target.name(), target.clock().key()))
						.toList(),
					Problem.all(problems));
		}

	}

	record Target(String id, String name, String clock) {
	}

	record Version(int version, String file, LocalDate effective, Instant loadedAt, String contentSha256) {

		static Version of(PolicyVersion version) {
			return new Version(version.version(), version.file(), version.effective(), version.loadedAt(),
					version.contentSha256());
		}

	}

	/**
	 * A problem of a policy file; {@code text} is the {@code file:line:column: message}
	 * line.
	 */
	record Problem(String file, int line, int column, String severity, String message, String text) {

		static List<Problem> all(List<PolicyProblem> problems) {
			return problems.stream()
				.map(p -> new Problem(p.file(), p.line(), p.column(), p.severity().name().toLowerCase(), p.message(),
						p.toString()))
				.toList();
		}

	}

}
