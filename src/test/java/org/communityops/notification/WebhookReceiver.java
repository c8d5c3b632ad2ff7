package org.communityops.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Receivers of the notifications' webhooks on a real HTTP server: every request each path
 * received, and the answer (status, delay, holding requests until released) each path
 * gives, changeable while a test runs.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

	private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> holding = new ConcurrentHashMap<>();

	WebhookReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", this::handle);
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** What the path answers from now on. */
	void answer(String path, int status) {
		statuses.put(path, status);
	}

	/** How long the path takes to answer from now on. */
	void delay(String path, Duration delay) {
		delays.put(path, delay);
	}

	/**
	 * Has the path's requests wait, read but neither recorded nor answered, until
	 * {@link #release}; at most five minutes.
	 */
	void hold(String path) {
		holds.put(path, new CountDownLatch(1));
	}

	/**
	 * Lets the held requests of the path go on: each is recorded with the status the path
	 * answers now and answered (if its sender is still there).
	 */
	void release(String path) {
		CountDownLatch hold = holds.remove(path);
		if (hold != null) {
			hold.countDown();
		}
	}

	/** How many of the path's requests are held now. */
	int holding(String path) {
		return holding.getOrDefault(path, new AtomicInteger()).get();
	}

	/** The requests the path answered with 2xx, in the order they arrived. */
	List<Received> accepted(String path) {
		return received(path).stream().filter(request -> request.status() / 100 == 2).toList();
	}

	List<Received> received(String path) {
		return List.copyOf(received.getOrDefault(path, List.of()));
	}

	void clear() {
		received.clear();
		statuses.clear();
		delays.clear();
		holds.values().forEach(CountDownLatch::countDown);
		holds.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		CountDownLatch hold = holds.get(path);
		if (hold != null) {
			AtomicInteger held = holding.computeIfAbsent(path, p -> new AtomicInteger());
			held.incrementAndGet();
			try {
				hold.await(5, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				held.decrementAndGet();
			}
		}
		Duration delay = delays.get(path);
		if (delay != null) {
			try {
				Thread.sleep(delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		int status = statuses.getOrDefault(path, 204);
		received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
			.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
		try {
			exchange.sendResponseHeaders(status, -1);
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		holds.values().forEach(CountDownLatch::countDown);
		server.stop(0);
	}

	record Received(String id, String timestamp, String signature, String body, int status) {
	}

}
