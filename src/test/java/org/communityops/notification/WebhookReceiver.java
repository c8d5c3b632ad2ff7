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
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Receivers of the notifications' webhooks on a real HTTP server: every request each path
 * received, and the answer (status, delay) each path gives, changeable while a test runs.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

	private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

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
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Received(String id, String timestamp, String signature, String body, int status) {
	}

}
