package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks across the policy files of one folder or upload: one file per client. */
public final class PolicySet {

	private PolicySet() {
	}

	/**
	 * An error for every valid file whose client an earlier file in the list already has,
	 * naming both files. Files with errors of their own are skipped: their client is not
	 * known for sure.
	 */
	public static List<PolicyProblem> check(List<ParsedPolicy> files) {
		List<PolicyProblem> problems = new ArrayList<>();
		Map<String, ParsedPolicy> firstFileOfClient = new HashMap<>();
		for (ParsedPolicy file : files) {
			if (file.policy().isEmpty()) {
				continue;
			}
			String client = file.policy().get().client();
			ParsedPolicy first = firstFileOfClient.putIfAbsent(client, file);
			if (first != null) {
				String firstAt = first.locations()
					.position("client")
					.map(at -> first.file() + ":" + at.line() + ":" + at.column())
					.orElse(first.file());
				problems.add(file.locations()
					.errorAt("client", "'" + client + "' is also the client of " + firstAt
							+ "; expected one file per client (merge the two files, or rename one client)"));
			}
		}
		return problems;
	}

}
