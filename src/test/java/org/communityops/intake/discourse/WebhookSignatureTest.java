package org.communityops.intake.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The signature Discourse sends, checked against RFC 4231's HMAC-SHA256 test vector. */
class WebhookSignatureTest {

	private static final byte[] BODY = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

	private static final String RFC_4231_CASE_2 = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

	@Test
	void signsTheBodyAsHexHmacSha256WithTheSecret() {
		assertThat(WebhookSignature.header("Jefe", BODY)).isEqualTo(RFC_4231_CASE_2);
		assertThat(WebhookSignature.matches("Jefe", BODY, RFC_4231_CASE_2)).isTrue();
		assertThat(WebhookSignature.matches("Jefe", BODY, RFC_4231_CASE_2.toUpperCase().replace("SHA256", "sha256")))
			.as("hex digits in either case")
			.isTrue();
	}

	@Test
	void refusesAnotherSecretAMalformedHeaderAndNoSecretAtAll() {
		assertThat(WebhookSignature.matches("jefe", BODY, RFC_4231_CASE_2)).isFalse();
		assertThat(WebhookSignature.matches("Jefe", BODY, RFC_4231_CASE_2.substring("sha256=".length()))).isFalse();
		assertThat(WebhookSignature.matches("Jefe", BODY, "sha256=not-hex")).isFalse();
		assertThat(WebhookSignature.matches("Jefe", BODY, "sha256=5bdc")).isFalse();
		assertThat(WebhookSignature.matches("", BODY, RFC_4231_CASE_2)).as("a forum without a secret accepts nothing")
			.isFalse();
		assertThat(WebhookSignature.matches(null, BODY, RFC_4231_CASE_2)).isFalse();
	}

	@Test
	void neverShowsTheSecretsOfAForum() {
		DiscourseProperties.Forum forum = new DiscourseProperties.Forum("https://forum.northwind.example/",
				"webhook-secret-value", "api-key-value", "system", null);

		assertThat(forum.toString()).doesNotContain("webhook-secret-value").doesNotContain("api-key-value");
		assertThat(forum.isInstance("https://forum.northwind.example")).isTrue();
		assertThat(forum.isInstance("https://forum.northwind.example.evil")).isFalse();
	}

}
