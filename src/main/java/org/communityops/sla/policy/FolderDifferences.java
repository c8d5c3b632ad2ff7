package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where this node's folder differs from the policies in force, which the database holds:
 * a client in force whose file this folder lacks, a file that is a stale copy of an older
 * version, a rejected file, a file of a withdrawn client. Each difference is one line
 * naming the file or client and what differs; the same state gives the same lines, so a
 * node can log each once.
 */
final class FolderDifferences {

	private FolderDifferences() {
	}

	static List<String> of(StoredPolicies stored, PolicyFolder.Contents files, FolderCheck check) {
		Map<String, String> fileOfClient = new HashMap<>();
		check.accepted().forEach(parsed -> fileOfClient.put(parsed.policyOrThrow().client(), parsed.file()));
		files.fileNames()
			.stream()
			.filter(file -> !check.accepted().stream().anyMatch(parsed -> parsed.file().equals(file)))
			.forEach(file -> fileOfClient.putIfAbsent(file.replaceFirst("\\.ya?ml$", ""), file));
		List<String> differences = new ArrayList<>();
		for (String client : new TreeSet<>(stored.versions().keySet())) {
			PolicyVersion newest = stored.newest(client).orElseThrow();
			String file = fileOfClient.get(client);
			if (stored.withdrawn().contains(client)) {
				if (file != null) {
					differences.add(file + ": " + client + " is withdrawn after version " + newest.version()
							+ " (its file was removed on a node), but this folder still has the file; not put back"
							+ " unless the file is edited on this node");
				}
				continue;
			}
			if (file == null) {
				differences.add(client + ": version " + newest.version() + " (" + newest.file() + ") is in force, but"
						+ " this folder has no file for it");
			}
			else if (!files.texts().containsKey(file) || check.rejected().contains(file)) {
				differences.add(file + ": rejected (see errors), so this folder differs from version "
						+ newest.version() + " of " + client + " in force");
			}
			else {
				differenceOf(stored, client, file, files.texts().get(file)).ifPresent(differences::add);
			}
		}
		return List.copyOf(differences);
	}

	private static Optional<String> differenceOf(StoredPolicies stored, String client, String file, String text) {
		PolicyVersion newest = stored.newest(client).orElseThrow();
		String sha = StoredPolicyVersion.sha256(text);
		if (newest.contentSha256().equals(sha)) {
			return Optional.empty();
		}
		return Optional.of(stored.withText(client, sha)
			.map(older -> file + ": a stale copy, its text is version " + older.version() + " of " + client
					+ ", but version " + newest.version() + " is in force; not stored (edit the file on this node to"
					+ " make it the next version)")
			.orElse(file + ": differs from version " + newest.version() + " of " + client
					+ " in force and was not stored"));
	}

}
