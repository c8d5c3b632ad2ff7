package org.communityops.sla.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stored versions of northwind's policy and folders holding its file, for the tests of
 * what a folder changes.
 */
final class StoredTexts {

	static final String FIRST = PolicyTexts.VALID;

	static final String SECOND = PolicyTexts.replacing("within: 16h", "within: 12h");

	static final String NEVER_STORED = PolicyTexts.replacing("within: 16h", "within: 20h");

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private StoredTexts() {
	}

	/** Northwind's versions with these texts, numbered from 1. */
	static StoredPolicies northwind(Set<String> withdrawn, String... texts) {
		List<PolicyVersion> history = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			SlaPolicy policy = PolicyParser.parse("northwind.yaml", texts[i]).policyOrThrow();
			history.add(PolicyVersion.of(new StoredPolicyVersion((long) i + 1, "northwind", i + 1, "northwind.yaml",
					texts[i], StoredPolicyVersion.sha256(texts[i]), policy.contract().effective(), NOW), policy));
		}
		return new StoredPolicies(Map.of("northwind", history), withdrawn);
	}

	static PolicyFolder.Contents folder(String northwind) {
		return new PolicyFolder.Contents(Map.of("northwind.yaml", northwind), List.of());
	}

	static PolicyFolder.Contents emptyFolder() {
		return new PolicyFolder.Contents(Map.of(), List.of());
	}

	static FolderCheck check(PolicyFolder.Contents files) {
		return FolderCheck.of(files, null, Set.of());
	}

}
