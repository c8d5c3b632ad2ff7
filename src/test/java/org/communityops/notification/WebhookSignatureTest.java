package org.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

	/** The test vector of the Standard Webhooks specification. */
	@Test
	void signsAsTheStandardWebhooksSpecificationsExample() {
		WebhookSignature signature = WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

		assertThat(signature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void refusesASecretThatIsNotWhsecAndABase64KeyOfAtLeast24Bytes() {
		assertThatThrownBy(() -> WebhookSignature.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
			.hasMessage("expected whsec_ followed by a base64 key");
		assertThatThrownBy(() -> WebhookSignature.of("whsec_not base64!"))
			.hasMessageStartingWith("the key after whsec_ is not base64");
		assertThatThrownBy(() -> WebhookSignature.of("whsec_c2hvcnQ="))
			.hasMessage("the key is 5 bytes; expected at least 24");
		assertThatThrownBy(() -> WebhookSignature.of(null)).hasMessage("expected whsec_ followed by a base64 key");
	}

}
