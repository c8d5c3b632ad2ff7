package org.communityops.sla.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the database holds, the one source every node agrees on: every stored version per
 * client, oldest first, and the clients whose policy is withdrawn (a withdrawal after
 * their newest version). Per client, the newest stored version is in force unless it is
 * withdrawn.
 */
record StoredPolicies(Map<String, List<PolicyVersion>> versions, Set<String> withdrawn) {

	StoredPolicies {
		versions = Map.copyOf(versions);
		withdrawn = Set.copyOf(withdrawn);
	}

	List<PolicyVersion> history(String client) {
		return versions.getOrDefault(client, List.of());
	}

	/** The client's newest stored version, in force or withdrawn. */
	Optional<PolicyVersion> newest(String client) {
		List<PolicyVersion> history = history(client);
		return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
	}

	/**
	 * The version in force: the newest stored one, unless the client's policy is
	 * withdrawn.
	 */
	Optional<PolicyVersion> inForce(String client) {
		return withdrawn.contains(client) ? Optional.empty() : newest(client);
	}

	/** The client's stored version with this text, the newest such, if any. */
	Optional<PolicyVersion> withText(String client, String contentSha256) {
		return history(client).stream()
			.filter(version -> version.contentSha256().equals(contentSha256))
			.reduce((older, newer) -> newer);
	}

	/** The number the client's next stored version gets. */
	int nextVersion(String client) {
		return newest(client).map(version -> version.version() + 1).orElse(1);
	}

}
