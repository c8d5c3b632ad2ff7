package org.communityops.sla.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a client's policy file as it was loaded: its full text, so the version
 * that governed a clock or a report can always be shown and parsed again. Stored once,
 * never changed.
 */
@Table("sla_policy_version")
record StoredPolicyVersion(@Id Long id, String client, int version, String fileName, String content,
		String contentSha256, LocalDate effective, Instant loadedAt) {

	static StoredPolicyVersion of(String client, int version, String fileName, String content, String sha256,
			LocalDate effective, Instant loadedAt) {
		return new StoredPolicyVersion(null, client, version, fileName, content, sha256, effective, loadedAt);
	}

	/**
	 * The SHA-256 of a file's text as UTF-8, in hex: two texts are the same version when
	 * their hashes are.
	 */
	static String sha256(String content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
