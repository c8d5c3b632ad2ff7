package org.communityops.intake.discourse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.communityops.identity.ClientTenantsReady;
import org.communityops.intake.IntakeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acts on the inbox's events, each in its own transaction together with its row's "done":
 * an event is acted on once or, when that fails, not at all and tried again later
 * (backing off, {@link IntakeProperties}), until it is marked failed. A new delivery
 * wakes the processor at once; the sweep catches retries and what a crashed node left.
 * Nothing is acted on before the clients' tenants exist.
 */
@Component
class InboxProcessor {

	private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

	private static final int BATCH = 100;

	private final Inbox inbox;

	private final DiscourseEvents events;

	private final DiscourseProperties forums;

	private final IntakeProperties properties;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "discourse-inbox");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean ready = new AtomicBoolean();

	private final AtomicBoolean woken = new AtomicBoolean();

	InboxProcessor(Inbox inbox, DiscourseEvents events, DiscourseProperties forums, IntakeProperties properties,
			TransactionTemplate transactions, ObjectMapper json, Clock clock) {
		this.inbox = inbox;
		this.events = events;
		this.forums = forums;
		this.properties = properties;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	@EventListener(ClientTenantsReady.class)
	void tenantsReady() {
		ready.set(true);
		wake();
	}

	/**
	 * Has the worker look at the inbox soon; many wake-ups before it does make one look.
	 */
	void wake() {
		if (ready.get() && woken.compareAndSet(false, true)) {
			worker.execute(() -> {
				woken.set(false);
				processDue();
			});
		}
	}

	@Scheduled(fixedDelayString = "${communityops.intake.sweep:5s}")
	void sweep() {
		wake();
	}

	/** Acts on every event due now, oldest first, and returns how many it looked at. */
	int processDue() {
		Instant now = clock.instant();
		List<Inbox.Key> due = inbox.due(now, BATCH);
		due.forEach(key -> process(key, now));
		if (due.size() == BATCH) {
			wake();
		}
		return due.size();
	}

	private void process(Inbox.Key key, Instant now) {
		try {
			transactions.executeWithoutResult(status -> inbox.lock(key, now).ifPresent(event -> {
				inbox.done(key, act(event, now), clock.instant());
			}));
		}
		catch (RuntimeException ex) {
			transactions.executeWithoutResult(status -> inbox.lock(key, now).ifPresent(event -> {
				boolean last = event.attempts() + 1 >= properties.maxAttempts();
				Instant at = clock.instant();
				inbox.failed(key, String.valueOf(ex.getMessage()), at,
						last ? null : at.plus(properties.backoff(event.attempts() + 1)));
				if (last) {
					log.error("Discourse event {} of {} failed {} times and is given up: {}", key.eventId(),
							key.client(), event.attempts() + 1, ex.toString());
				}
				else {
					log.warn("Discourse event {} of {} failed, tried again later: {}", key.eventId(), key.client(),
							ex.toString());
				}
			}));
		}
	}

	private String act(Inbox.Event event, Instant now) {
		DiscourseProperties.Forum forum = forums.clients().get(event.key().client());
		if (forum == null) {
			throw new IllegalStateException("No Discourse forum is configured for " + event.key().client());
		}
		try {
			return events.act(event.key().client(), forum, event.name(), json.readTree(event.body()), now);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The stored body is not JSON", ex);
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
