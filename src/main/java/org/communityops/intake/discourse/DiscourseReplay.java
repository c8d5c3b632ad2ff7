package org.communityops.intake.discourse;

import java.nio.charset.StandardCharsets;

import org.communityops.intake.ForumEventReplay;
import org.springframework.stereotype.Component;

/** Recorded Discourse events go into the inbox like a verified webhook delivery. */
@Component
class DiscourseReplay implements ForumEventReplay {

	private final DiscourseProperties forums;

	private final Inbox inbox;

	private final InboxProcessor processor;

	DiscourseReplay(DiscourseProperties forums, Inbox inbox, InboxProcessor processor) {
		this.forums = forums;
		this.inbox = inbox;
		this.processor = processor;
	}

	@Override
	public boolean replay(RecordedEvent event) {
		if (!Inbox.PLATFORM.equals(event.platform()) || !forums.clients().containsKey(event.client())) {
			throw new IllegalArgumentException(
					"No " + event.platform() + " forum is configured for client " + event.client());
		}
		if (!DiscourseEvents.handles(event.name())) {
			throw new IllegalArgumentException("Discourse event " + event.name() + " is not one the intake acts on");
		}
		boolean fresh = inbox.accept(event.client(), event.id(), event.type(), event.name(),
				event.body().getBytes(StandardCharsets.UTF_8));
		if (fresh) {
			processor.wake();
		}
		return fresh;
	}

}
