package org.communityops.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.NodeCluster;
import org.communityops.testing.SharedDatabase;

/**
 * From a clock's due moment to its escalation started, on one or two production nodes
 * with their job executors as configured in application.properties: first {@code open}
 * member requests whose triage clocks run for hours, then {@code bursts} bursts of
 * {@code burst} requests whose triage is due two minutes later, one burst every
 * {@code every}, so each burst's breaches (and their warnings at half time) fall
 * together. Prints the latency percentiles of every breach. Arguments {@code name=value}:
 * nodes (1), open (10000), burst (50), bursts (20), every (PT6S); the database is the
 * system property {@code benchmark.database}, h2 (an in-memory database served over H2's
 * TCP server) or postgresql (a fresh database on the local server). docs/performance.md
 * has the command and figures.
 */
public final class EscalationLatencyBenchmark {

	private static final String ADMIN = ApplicationNode.ADMIN;

	private static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-LATENCY, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: triage
			    name: Triage of a member request
			    task: Task_Triage
			    within: 2m
			    by-priority: {low: 3h}
			    clock: 24x7
			    warn-at: [50%]
			""";

	public static void main(String[] arguments) throws Exception {
		Map<String, String> options = Stream.of(arguments)
			.map(argument -> argument.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
		int nodeCount = Integer.parseInt(options.getOrDefault("nodes", "1"));
		int open = Integer.parseInt(options.getOrDefault("open", "10000"));
		int burst = Integer.parseInt(options.getOrDefault("burst", "50"));
		int bursts = Integer.parseInt(options.getOrDefault("bursts", "20"));
		Duration every = Duration.parse(options.getOrDefault("every", "PT6S"));
		System.setProperty("communityops.test.database", System.getProperty("benchmark.database", "h2"));

		Path policies = Files.createTempDirectory("latency-policies");
		Files.writeString(policies.resolve("northwind.yaml"), POLICY);
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try (NodeCluster cluster = new NodeCluster(policies, 10)) {
			SharedDatabase database = cluster.database();
			List<Api> nodes = new ArrayList<>();
			for (int i = 0; i < nodeCount; i++) {
				ApplicationNode node = cluster.start("latency-node-" + i, "UTC", "--logging.level.root=WARN");
				node.awaitUp(Duration.ofMinutes(4));
				nodes.add(new Api(node.port()));
			}
			int background = open - burst * bursts;
			System.out.printf("%d node(s) on %s: %d long clocks...%n", nodeCount,
					database.isPostgreSql() ? "PostgreSQL" : "H2", background);
			requests(clients, nodes, background, "low");
			Instant firstBurst = Instant.now();
			for (int i = 0; i < bursts; i++) {
				requests(clients, nodes, burst, "normal");
				sleepUntil(firstBurst.plus(every.multipliedBy(i + 1)));
			}
			System.out.printf("%d bursts of %d breaching clocks started; waiting for their escalations...%n", bursts,
					burst);
			try (Connection connection = database.connect()) {
				awaitEscalations(connection, burst * bursts, Instant.now().plus(Duration.ofMinutes(8)));
				report(connection);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/**
	 * Starts the requests over the nodes in turn, eight at a time, and waits for all of
	 * them.
	 */
	private static void requests(ExecutorService clients, List<Api> nodes, int count, String priority)
			throws Exception {
		List<Future<?>> started = IntStream.range(0, count).mapToObj(i -> clients.submit(() -> {
			Api.Answer answer = nodes.get(i % nodes.size())
				.call(ADMIN, "POST", "/engine-rest/process-definition/key/MemberSupportProcess/start", """
						{"variables": {"client": {"value": "northwind"}, "requestKind": {"value": "question"},
						 "priority": {"value": "%s"}, "memberName": {"value": "ada"}, "subject": {"value": "Export"},
						 "details": {"value": "CSV export stops"}}}""".formatted(priority));
			if (answer.status() != 200) {
				throw new IllegalStateException("Start refused: " + answer.status() + " " + answer.body());
			}
		})).collect(Collectors.toList());
		for (Future<?> request : started) {
			request.get();
		}
	}

	private static void awaitEscalations(Connection connection, int breaching, Instant until) throws Exception {
		long escalated = 0;
		while (Instant.now().isBefore(until)) {
			escalated = count(connection, "select count(*) from sla_clock where escalation_instance_id is not null");
			if (escalated >= breaching) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("Only " + escalated + " of " + breaching + " breaches escalated in time");
	}

	private static void report(Connection connection) throws SQLException {
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
		System.out.printf("breaches %d, BREACHED events %d, escalation processes %d%n", latencies.size(),
				count(connection, "select count(*) from sla_clock_event where type = 'BREACHED'"),
				count(connection, "select count(*) from act_hi_procinst where proc_def_key_ = 'EscalationProcess'"));
		System.out.printf("due moment to escalation started, ms: min %d, p50 %d, p90 %d, p99 %d, max %d%n",
				latencies.get(0), percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
				latencies.get(latencies.size() - 1));
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void sleepUntil(Instant moment) throws InterruptedException {
		long millis = Duration.between(Instant.now(), moment).toMillis();
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

	private EscalationLatencyBenchmark() {
	}

}
