package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every file of the policy folder parsed and checked together: which files can be used,
 * which are rejected, and all problems, including files that could not be read, files not
 * named after their client, and warnings for model ids that no deployed process has. When
 * two files claim one client, the one in force keeps it and the newcomer is rejected,
 * whatever their names sort like.
 */
record FolderCheck(List<ParsedPolicy> accepted, Set<String> rejected, List<PolicyProblem> problems) {

	/**
	 * @param inForce the files whose policies are in force now (none at start-up)
	 */
	static FolderCheck of(PolicyFolder.Contents files, DeployedModels models, Set<String> inForce) {
		List<ParsedPolicy> parsed = files.texts()
			.entrySet()
			.stream()
			.map(file -> PolicyParser.parse(file.getKey(), file.getValue()))
			.sorted(Comparator.comparing((ParsedPolicy file) -> !inForce.contains(file.file()))
				.thenComparing(ParsedPolicy::file))
			.toList();
		List<PolicyProblem> problems = new ArrayList<>(files.unreadable());
		parsed.forEach(file -> problems.addAll(file.problems()));
		List<ParsedPolicy> named = new ArrayList<>();
		for (ParsedPolicy file : parsed) {
			List<PolicyProblem> misnamed = namedAfterItsClient(file);
			problems.addAll(misnamed);
			if (misnamed.isEmpty()) {
				named.add(file);
			}
		}
		problems.addAll(PolicySet.check(named));
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

	/**
	 * A file holds the policy of the client it is named after: {@code northwind.yaml} is
	 * northwind's contract.
	 */
	private static List<PolicyProblem> namedAfterItsClient(ParsedPolicy file) {
		if (file.policy().isEmpty()) {
			return List.of();
		}
		String client = file.policy().get().client();
		String named = file.file().replaceFirst("\\.ya?ml$", "");
		if (named.equals(client)) {
			return List.of();
		}
		return List.of(file.locations()
			.errorAt("client", "'" + client + "' is not the client this file is named " + "after; expected " + named
					+ " (or the file renamed to " + client + ".yaml)"));
	}

}
