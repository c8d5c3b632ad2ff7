package org.communityops.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard NotificationWebhooks signature (standardwebhooks.com): {@code v1,} and the
 * base64 HMAC-SHA256 of {@code "{webhook-id}.{webhook-timestamp}.{body}"}, keyed by the
 * secret's bytes (the base64 after {@code whsec_}).
 */
final class WebhookSignature {

	static final String PREFIX = "whsec_";

	private final byte[] key;

	private WebhookSignature(byte[] key) {
		this.key = key;
	}

	/**
	 * @throws IllegalArgumentException naming what is wrong with the secret
	 */
	static WebhookSignature of(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			throw new IllegalArgumentException("expected whsec_ followed by a base64 key");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the key after whsec_ is not base64: " + ex.getMessage());
		}
		if (key.length < 24) {
			throw new IllegalArgumentException("the key is " + key.length + " bytes; expected at least 24");
		}
		return new WebhookSignature(key);
	}

	String sign(String id, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
