package org.communityops.sla.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What this node's folder changes in the database: the files that are edits, stored as
 * their clients' next versions, and the clients whose file this node saw removed,
 * withdrawn. The database holds the version in force; a file is stored only when it is an
 * edit:
 * <ul>
 * <li>while the node runs, a file whose text changed since this node last read the folder
 * (or that appeared) is an edit, even when its text is an older version's: an operator's
 * revert;</li>
 * <li>at start-up, a file whose text was never stored for its client is an edit; one
 * whose text is an older stored version is a stale copy, deployed with an old folder, and
 * is not stored.</li>
 * </ul>
 * A file whose text is the version in force is no edit either way. A file removed while
 * the node runs withdraws its client; a file missing at start-up withdraws nothing, since
 * the node cannot tell a removal from a folder that never had the client (added on
 * another node).
 *
 * @param versions the versions to store, each its client's next
 * @param withdrawals per client withdrawn, the newest version the withdrawal ends
 */
record PolicyEdits(List<StoredPolicyVersion> versions, Map<String, Integer> withdrawals) {

	PolicyEdits {
		versions = List.copyOf(versions);
		withdrawals = Map.copyOf(withdrawals);
	}

	boolean isEmpty() {
		return versions.isEmpty() && withdrawals.isEmpty();
	}

	/**
	 * @param previous the folder as this node last loaded it; {@code null} at start-up
	 * @param clientOfFile the client each file of {@code previous} was known to belong to
	 */
	static PolicyEdits of(StoredPolicies stored, PolicyFolder.Contents previous, Map<String, String> clientOfFile,
			PolicyFolder.Contents files, FolderCheck check, Instant now) {
		List<StoredPolicyVersion> versions = new ArrayList<>();
		for (ParsedPolicy parsed : check.accepted()) {
			SlaPolicy policy = parsed.policyOrThrow();
			String content = files.texts().get(parsed.file());
			String sha = StoredPolicyVersion.sha256(content);
			if (isEdit(stored, policy.client(), previous, parsed.file(), content, sha)) {
				versions.add(StoredPolicyVersion.of(policy.client(), stored.nextVersion(policy.client()), parsed.file(),
						content, sha, policy.contract().effective(), now));
			}
		}
		Map<String, Integer> withdrawals = new TreeMap<>();
		if (previous != null) {
			List<String> present = files.fileNames();
			List<String> keptClients = check.accepted()
				.stream()
				.map(parsed -> parsed.policyOrThrow().client())
				.toList();
			previous.fileNames()
				.stream()
				.filter(file -> !present.contains(file))
				.map(clientOfFile::get)
				.filter(client -> client != null && !keptClients.contains(client))
				.forEach(client -> stored.inForce(client)
					.ifPresent(version -> withdrawals.put(client, version.version())));
		}
		return new PolicyEdits(versions, withdrawals);
	}

	private static boolean isEdit(StoredPolicies stored, String client, PolicyFolder.Contents previous, String file,
			String content, String sha) {
		Optional<PolicyVersion> inForce = stored.inForce(client);
		if (inForce.isPresent() && inForce.get().contentSha256().equals(sha)) {
			return false;
		}
		if (previous != null) {
			return !content.equals(previous.texts().get(file));
		}
		return stored.withText(client, sha).isEmpty();
	}

}
