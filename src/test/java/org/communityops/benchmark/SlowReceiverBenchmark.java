package org.communityops.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;

/**
 * What a slow webhook receiver costs everyone else, on one production node: two webhooks
 * get every notification, {@code quick} answering at once and {@code slow} after
 * {@code slow} (PT10S; PT0S for the baseline), while {@code bursts} bursts of
 * {@code burst} member requests, one every {@code every}, warn at half time and breach
 * two minutes after their start. Prints, for the quick webhook, the time from each
 * notification's moment (the warning, the breach) to its arrival, for the deadlines the
 * time from each due moment to its escalation started, and how far the slow webhook got.
 * Arguments {@code name=value}: slow, burst (10), bursts (10), every (PT6S); the database
 * is the system property {@code benchmark.database} (h2 or postgresql).
 * docs/performance.md has the command and figures.
 */
public final class SlowReceiverBenchmark {

	private static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-SLOW-RECEIVER, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: triage
			    name: Triage of a member request
			    task: Task_Triage
			    within: 2m
			    clock: 24x7
			    warn-at: [50%]
			""";

	private static final ObjectMapper JSON = new ObjectMapper();

	public static void main(String[] arguments) throws Exception {
		Map<String, String> options = Stream.of(arguments)
			.map(argument -> argument.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
		Duration slow = Duration.parse(options.getOrDefault("slow", "PT10S"));
		int burst = Integer.parseInt(options.getOrDefault("burst", "10"));
		int bursts = Integer.parseInt(options.getOrDefault("bursts", "10"));
		Duration every = Duration.parse(options.getOrDefault("every", "PT6S"));
		System.setProperty("communityops.test.database", System.getProperty("benchmark.database", "h2"));

		Path policies = Files.createTempDirectory("slow-receiver-policies");
		Files.writeString(policies.resolve("northwind.yaml"), POLICY);
		String secret = "whsec_" + Base64.getEncoder().encodeToString("benchmark-secret-of-32-bytes!!!!".getBytes());
		try (Receiver receiver = new Receiver(slow); NodeCluster cluster = new NodeCluster(policies, 10)) {
			List<String> webhooks = new ArrayList<>(List.of("--logging.level.root=WARN"));
			int i = 0;
			for (String name : List.of("quick", "slow")) {
				String prefix = "--communityops.notifications.webhooks[" + i++ + "].";
				webhooks.addAll(List.of(prefix + "name=" + name, prefix + "url=" + receiver.url(name),
						prefix + "secret=" + secret));
			}
			webhooks.add("--communityops.notifications.timeout=" + slow.plusSeconds(5));
			ApplicationNode node = cluster.start("slow-receiver-node", "UTC", webhooks.toArray(String[]::new));
			node.awaitUp(Duration.ofMinutes(4));
			Api api = new Api(node.port());
			System.out.printf("1 node on %s, slow receiver answering after %s%n",
					cluster.database().isPostgreSql() ? "PostgreSQL" : "H2", slow);
			Instant first = Instant.now();
			for (int b = 0; b < bursts; b++) {
				for (int r = 0; r < burst; r++) {
					start(api);
				}
				sleepUntil(first.plus(every.multipliedBy(b + 1)));
			}
			int expected = burst * bursts * 3;
			Instant until = Instant.now().plus(Duration.ofMinutes(6));
			while (receiver.arrived("quick").size() < expected && Instant.now().isBefore(until)) {
				Thread.sleep(500);
			}
			List<Long> quick = receiver.arrived("quick").stream().map(Arrival::latencyMillis).sorted().toList();
			System.out.printf("quick webhook: %d of %d notifications; moment to arrival, ms: %s%n", quick.size(),
					expected, percentiles(quick));
			try (Connection connection = cluster.database().connect()) {
				System.out.printf("deadlines: due moment to escalation started, ms: %s%n",
						percentiles(escalationLatencies(connection)));
			}
			System.out.printf("slow webhook: %d of %d notifications arrived by then%n", receiver.arrived("slow").size(),
					expected);
		}
	}

	private static void start(Api api) {
		Api.Answer answer = api
			.call(ApplicationNode.ADMIN, "POST", "/engine-rest/process-definition/key/MemberSupportProcess/start", """
					{"variables": {"client": {"value": "northwind"}, "requestKind": {"value": "question"},
					 "priority": {"value": "normal"}, "memberName": {"value": "ada"}, "subject": {"value": "Export"},
					 "details": {"value": "CSV export stops"}}}""");
		if (answer.status() != 200) {
			throw new IllegalStateException("Start refused: " + answer.status() + " " + answer.body());
		}
	}

	private static List<Long> escalationLatencies(Connection connection) throws Exception {
		List<Long> latencies = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select c.due_at, p.start_time_ from sla_clock c"
						+ " join act_hi_procinst p on p.id_ = c.escalation_instance_id")) {
			while (rows.next()) {
				Instant due = rows.getObject(1, OffsetDateTime.class).toInstant();
				Instant escalated = rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
				latencies.add(Duration.between(due, escalated).toMillis());
			}
		}
		latencies.sort(null);
		return latencies;
	}

	private static String percentiles(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return "none";
		}
		return String.format("n %d, p50 %d, p90 %d, p99 %d, max %d", sorted.size(), percentile(sorted, 50),
				percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1));
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
	}

	private static void sleepUntil(Instant moment) throws InterruptedException {
		long millis = Duration.between(Instant.now(), moment).toMillis();
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

	/** A notification as it arrived: when, and the moment it is about. */
	record Arrival(Instant at, Instant moment) {

		long latencyMillis() {
			return Duration.between(moment, at).toMillis();
		}

	}

	/**
	 * The two receivers: {@code /quick} answers at once, {@code /slow} after its delay.
	 */
	static final class Receiver implements AutoCloseable {

		private final HttpServer server;

		private final Duration slow;

		private final Map<String, List<Arrival>> arrivals = Map.of("quick", new CopyOnWriteArrayList<>(), "slow",
				new CopyOnWriteArrayList<>());

		Receiver(Duration slow) throws IOException {
			this.slow = slow;
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newCachedThreadPool());
			server.createContext("/", this::handle);
			server.start();
		}

		String url(String name) {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
		}

		List<Arrival> arrived(String name) {
			return List.copyOf(arrivals.get(name));
		}

		private void handle(HttpExchange exchange) throws IOException {
			String name = exchange.getRequestURI().getPath().substring(1);
			Instant at = Instant.now();
			JsonNode body;
			try (InputStream in = exchange.getRequestBody()) {
				body = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			if (name.equals("slow")) {
				try {
					Thread.sleep(slow.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			arrivals.get(name).add(new Arrival(at, Instant.parse(body.get("timestamp").asText())));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

	private SlowReceiverBenchmark() {
	}

}
