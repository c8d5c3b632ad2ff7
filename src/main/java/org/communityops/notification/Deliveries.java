package org.communityops.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, each channel (a webhook, email) on a worker thread of its own, so
 * that a slow or failing receiver holds up only itself, never another channel, the engine
 * or its deadlines. A webhook's notifications go out in the order they were written:
 * after a failed attempt the ones behind it wait for its retry (backing off,
 * {@link NotificationProperties#backoff}), until it is delivered or given up. Each
 * attempt locks its row, so two nodes never both send it; a node that stops between
 * sending and recording it sends it again with the same webhook-id, for the receiver to
 * recognise.
 */
@Component
class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private static final int BATCH = 50;

	private static final int GONE = 410;

	private final Outbox outbox;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Map<String, Worker> workers = new ConcurrentHashMap<>();

	Deliveries(NotificationWebhooks webhooks, WebhookSender sender, EmailChannel email, Outbox outbox,
			NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		webhooks.all().forEach(webhook -> workers.put(webhook.name(), new Worker(sender.channel(webhook))));
		if (email.enabled()) {
			workers.put(email.name(), new Worker(email));
		}
	}

	/** Has every webhook's worker look at its outbox soon. */
	void wake() {
		workers.values().forEach(Worker::wake);
	}

	/**
	 * Enables a webhook disabled after 410 Gone answers, its count of them back at 0, and
	 * has it deliver what waits for it.
	 */
	void enable(String webhook) {
		outbox.enable(webhook);
		Worker worker = workers.get(webhook);
		worker.gone.set(0);
		worker.wake();
	}

	@Scheduled(fixedDelayString = "${communityops.notifications.sweep:5s}")
	void sweep() {
		wake();
	}

	/** Delivers what is due to the webhook now, in order; returns how many went out. */
	int deliverDue(Channel webhook) {
		if (outbox.disabled(webhook.name())) {
			return 0;
		}
		int delivered = 0;
		List<Outbox.Pending> pending = outbox.pending(webhook.name(), BATCH);
		for (Outbox.Pending next : pending) {
			if (next.nextAttemptAt().isAfter(clock.instant()) || !attempt(webhook, next.seq())) {
				return delivered;
			}
			delivered++;
		}
		if (pending.size() == BATCH) {
			workers.get(webhook.name()).wake();
		}
		return delivered;
	}

	/** One attempt, its row locked; false when the notification is still to deliver. */
	private boolean attempt(Channel webhook, long seq) {
		Boolean done = transactions.execute(status -> outbox.lock(seq).map(message -> {
			Integer answered = null;
			String error;
			try {
				answered = webhook.send(message.id(), message.body());
				if (answered / 100 == 2) {
					outbox.delivered(seq, answered, clock.instant());
					workers.get(webhook.name()).gone.set(0);
					return true;
				}
				error = "answered " + answered;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			catch (Exception ex) {
				error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
			failed(webhook, message, answered, error);
			return false;
		}).orElse(true));
		return Boolean.TRUE.equals(done);
	}

	private void failed(Channel webhook, Outbox.Message message, Integer status, String error) {
		Instant now = clock.instant();
		if (status != null && status == GONE) {
			outbox.failed(message.seq(), status, error, null, "gone");
			if (workers.get(webhook.name()).gone.incrementAndGet() >= properties.goneLimit()) {
				outbox.disable(webhook.name(), properties.goneLimit() + " deliveries in a row answered 410 Gone", now);
				log.error("Webhook {} is disabled: it answered 410 Gone {} times in a row", webhook.name(),
						properties.goneLimit());
			}
			return;
		}
		boolean last = message.attempts() + 1 >= properties.maxAttempts();
		outbox.failed(message.seq(), status, error, last ? null : now.plus(properties.backoff(message.attempts() + 1)),
				"failed");
		if (last) {
			log.error("Notification {} to webhook {} failed {} times and is given up: {}", message.id(), webhook.name(),
					message.attempts() + 1, error);
		}
		else {
			log.warn("Notification {} to webhook {} failed, tried again later: {}", message.id(), webhook.name(),
					error);
		}
	}

	@PreDestroy
	void stop() {
		workers.values().forEach(worker -> worker.thread.shutdownNow());
	}

	/** One webhook's thread; many wake-ups before it runs make one look at the outbox. */
	private final class Worker {

		private final Channel webhook;

		private final AtomicBoolean woken = new AtomicBoolean();

		private final AtomicInteger gone = new AtomicInteger();

		private final ExecutorService thread;

		Worker(Channel webhook) {
			this.webhook = webhook;
			this.thread = Executors.newSingleThreadExecutor(task -> {
				Thread worker = new Thread(task, "notifications-" + webhook.name());
				worker.setDaemon(true);
				return worker;
			});
		}

		void wake() {
			if (woken.compareAndSet(false, true) && !thread.isShutdown()) {
				thread.execute(() -> {
					woken.set(false);
					try {
						deliverDue(webhook);
					}
					catch (RuntimeException ex) {
						log.warn("Delivering to webhook {} failed, tried again on the next sweep: {}", webhook.name(),
								ex.toString());
					}
				});
			}
		}

	}

}
