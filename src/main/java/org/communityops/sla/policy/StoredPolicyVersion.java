package org.communityops.sla.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a client's policy file as it was loaded: its full text, so the version that governed
 * a clock or a report can always be shown and parsed again. Stored once, never changed.
 */
@Table("sla_policy_version")
record StoredPolicyVersion(@Id Long id, String client, int version, String fileName, String content,
		String contentSha256, LocalDate effective, Instant loadedAt) {

	static StoredPolicyVersion of(String client, int version, String fileName, String content, String sha256,
			LocalDate effective, Instant loadedAt) {
		return new StoredPolicyVersion(null, client, version, fileName, content, sha256, effective, loadedAt);
	}

}
