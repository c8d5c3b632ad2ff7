package org.communityops.intake.discourse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Discourse signs each delivery with {@code X-Discourse-Event-Signature: sha256=<hex>},
 * the HMAC-SHA256 of the raw body keyed with the webhook's secret. The comparison takes
 * the same time wherever the first difference is, so an attacker cannot guess the
 * signature byte by byte.
 */
final class WebhookSignature {

	private static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	static boolean matches(String secret, byte[] body, String header) {
		if (secret == null || secret.isEmpty() || header == null || !header.startsWith(PREFIX)) {
			return false;
		}
		byte[] sent;
		try {
			sent = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, body), sent);
	}

	static String header(String secret, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(sign(secret, body));
	}

	private static byte[] sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
