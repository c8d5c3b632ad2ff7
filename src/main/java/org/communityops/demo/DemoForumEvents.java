package org.communityops.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.communityops.identity.ClientTenantsReady;
import org.communityops.intake.ForumEventReplay;
import org.communityops.intake.ForumEventReplay.RecordedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Replays a few recorded Discourse deliveries for northwind ({@code demo/discourse}) into
 * the intake once its tenant exists, so the first start shows forum work: a flag waiting
 * for triage, a flag decided on the forum first, a question waiting for its first
 * response and one a staff reply answered. The events keep their ids, so a restart on the
 * same database replays nothing twice. Default profile only.
 */
@Component
@Profile("default")
@ConditionalOnProperty(name = "communityops.demo.forum-events.enabled", havingValue = "true", matchIfMissing = true)
class DemoForumEvents {

	static final String RECORDING = "demo/discourse/northwind.json";

	private static final Logger log = LoggerFactory.getLogger(DemoForumEvents.class);

	private final ForumEventReplay replay;

	private final ObjectMapper json;

	DemoForumEvents(ForumEventReplay replay, ObjectMapper json) {
		this.replay = replay;
		this.json = json;
	}

	@EventListener(ClientTenantsReady.class)
	void replay() {
		JsonNode recording = read();
		String client = recording.path("client").asText();
		int fresh = 0;
		try {
			for (JsonNode event : recording.path("events")) {
				if (replay.replay(new RecordedEvent(recording.path("platform").asText(), client,
						event.path("id").asText(), event.path("type").asText(), event.path("event").asText(),
						json.writeValueAsString(event.path("body"))))) {
					fresh++;
				}
			}
		}
		catch (IllegalArgumentException | IOException ex) {
			log.info("No recorded forum events replayed for {}: {}", client, ex.getMessage());
			return;
		}
		if (fresh > 0) {
			log.info("Replayed {} recorded Discourse events for {} into the intake", fresh, client);
		}
	}

	private JsonNode read() {
		try (InputStream in = new ClassPathResource(RECORDING).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RECORDING, ex);
		}
	}

}
