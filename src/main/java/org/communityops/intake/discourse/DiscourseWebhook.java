package org.communityops.intake.discourse;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.communityops.web.BadRequestException;
import org.communityops.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/discourse/{client}}: a client's forum tells us something
 * happened. The body is read raw, because the signature is over its exact bytes; only a
 * signed delivery from the client's own forum is looked at. An accepted event is stored
 * in the {@link Inbox}, answered 202 and acted on after the answer
 * ({@link InboxProcessor}); a redelivery is answered 200 and stores nothing. Events this
 * application does not act on (and Discourse's ping, which names no event) are answered
 * 200 and kept nowhere.
 */
@RestController
class DiscourseWebhook {

	private static final Logger log = LoggerFactory.getLogger(DiscourseWebhook.class);

	private final DiscourseProperties properties;

	private final Inbox inbox;

	private final ObjectMapper json;

	private final InboxProcessor processor;

	DiscourseWebhook(DiscourseProperties properties, Inbox inbox, ObjectMapper json, InboxProcessor processor) {
		this.properties = properties;
		this.inbox = inbox;
		this.json = json;
		this.processor = processor;
	}

	@PostMapping("/webhooks/discourse/{client}")
	ResponseEntity<?> receive(@PathVariable String client,
			@RequestHeader(name = "X-Discourse-Event-Signature", required = false) String signature,
			@RequestHeader(name = "X-Discourse-Instance", required = false) String instance,
			@RequestHeader(name = "X-Discourse-Event-Id", required = false) String eventId,
			@RequestHeader(name = "X-Discourse-Event-Type", required = false) String type,
			@RequestHeader(name = "X-Discourse-Event", required = false) String event,
			@RequestBody(required = false) byte[] body) {
		DiscourseProperties.Forum forum = properties.clients().get(client);
		if (forum == null) {
			throw new NotFoundException("No Discourse forum is configured for client " + client);
		}
		byte[] raw = body == null ? new byte[0] : body;
		if (!WebhookSignature.matches(forum.webhookSecret(), raw, signature)) {
			return unauthorized("The X-Discourse-Event-Signature header is missing or does not match the body");
		}
		if (!forum.isInstance(instance)) {
			return unauthorized("X-Discourse-Instance is not the forum configured for this client");
		}
		if (eventId == null || eventId.isBlank() || type == null || type.isBlank()) {
			throw new BadRequestException(null,
					"A Discourse delivery names X-Discourse-Event-Id and X-Discourse-Event-Type");
		}
		JsonNode payload = parse(raw);
		if (event == null || !DiscourseEvents.handles(event)) {
			log.debug("Ignored Discourse event {} ({}) {} for {}", event, type, eventId, client);
			return ResponseEntity.ok().build();
		}
		if (!payload.path(type).isObject()) {
			throw new BadRequestException(type, "A " + event + " delivery carries its " + type + " as an object");
		}
		boolean fresh = inbox.accept(client, eventId, type, event, raw);
		if (fresh) {
			processor.wake();
		}
		return fresh ? ResponseEntity.accepted().build() : ResponseEntity.ok().build();
	}

	private JsonNode parse(byte[] raw) {
		try {
			JsonNode payload = json.readTree(raw);
			if (payload == null || !payload.isObject()) {
				throw new BadRequestException(null, "A Discourse delivery is a JSON object");
			}
			return payload;
		}
		catch (JsonProcessingException ex) {
			throw new BadRequestException(null, "The body is not JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

}
