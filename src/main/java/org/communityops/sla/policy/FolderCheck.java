package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every file of the policy folder parsed and checked together: which files can be used, which are rejected, and
 * all problems, including warnings for model ids that no deployed process has.
 */
record FolderCheck(List<ParsedPolicy> accepted, Set<String> rejected, List<PolicyProblem> problems) {

	static FolderCheck of(Map<String, String> files, DeployedModels models) {
		List<ParsedPolicy> parsed = files.entrySet().stream()
			.map(file -> PolicyParser.parse(file.getKey(), file.getValue()))
			.toList();
		List<PolicyProblem> problems = new ArrayList<>();
		parsed.forEach(file -> problems.addAll(file.problems()));
		problems.addAll(PolicySet.check(parsed));
		Set<String> rejected = new HashSet<>();
		problems.stream().filter(PolicyProblem::isError).forEach(problem -> rejected.add(problem.file()));
		List<ParsedPolicy> accepted = parsed.stream().filter(file -> !rejected.contains(file.file())).toList();
		if (models != null) {
			Set<String> processIds = models.processIds();
			Set<String> activityIds = models.activityIds();
			accepted.forEach(file -> problems.addAll(ModelReferences.unknownModelReferences(file.policyOrThrow(),
					file.locations(), processIds, activityIds)));
		}
		return new FolderCheck(accepted, Set.copyOf(rejected),
				problems.stream().sorted(PolicyProblem.IN_FILE_ORDER).toList());
	}

}
